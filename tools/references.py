"""The works the library's facts and the position papers cite: id, English title, Chinese title (None: the same as
the English, for works in other languages), address and date. Used by tools/import_facts.py to write
clauses/references.yaml; an address met in the shared data that is not listed here gets an entry named after its
site (see ``SITES``)."""

from __future__ import annotations

# the seed document (../shared/seeds) each reference is, when it is one: a clause drawn from the seed cites it
SEEDS: dict[str, str] = {"seed-000": "000_a7112adfd9bc789a.txt", "seed-001": "001_98379735dd102139.txt",
                         "eg4-2021-2": "002_56a285b93f2d3494.txt", "seed-003": "003_7733b509ce2f1b5a.txt",
                         "eg4-2019-2": "004_811906bede7a3193.txt"}

# id: (en, zh or None, url, date)
REFERENCES: dict[str, tuple[str, str | None, str, str]] = {
    # the seed documents the background cites
    "seed-001": ("Pei Wei, “The making of the United Nations Convention against Cybercrime, its core content and "
                 "China's adjustments”, China Information Security, 2024, no. 8 (published online 2 November 2024)",
                 "裴炜：《〈联合国打击网络犯罪公约〉的制定历程、核心内容与我国动态调适》，《中国信息安全》2024年第8期",
                 "https://mp.weixin.qq.com/s?__biz=MzA5MzE5MDAzOA==&mid=2664228741&idx=1&sn="
                 "74aa9a4aa473974500402114e94e4912", "2024-11-02"),
    "seed-000": ("Beijing International Model United Nations 2020, background guide: Commission on Crime Prevention "
                 "and Criminal Justice, topic: global governance of cybercrime",
                 "2020北京国际模拟联合国大会背景文件：联合国预防犯罪和刑事司法委员会，议题：网络犯罪全球治理", "", "2020"),
    "seed-003": ("Ministry of Foreign Affairs of China, “United Nations consultations on combating cybercrime enter a "
                 "new stage: summary of the fourth meeting of the United Nations intergovernmental expert group on "
                 "cybercrime”, 11 April 2018",
                 "《联合国打击网络犯罪磋商进入新阶段——联合国网络犯罪政府专家组第四次会议综述》，2018年4月11日", "", "2018-04-11"),
    "eg4-2019-2": ("Report on the meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime held in "
                   "Vienna from 27 to 29 March 2019, UNODC/CCPCJ/EG.4/2019/2",
                   "2019年3月27日至29日在维也纳举行的全面研究网络犯罪问题专家组会议的报告，UNODC/CCPCJ/EG.4/2019/2",
                   "https://undocs.org/UNODC/CCPCJ/EG.4/2019/2", "2019-03"),
    # United Nations documents
    "a-res-65-230": ("United Nations General Assembly, resolution 65/230, “Twelfth United Nations Congress on Crime "
                     "Prevention and Criminal Justice”, 21 December 2010, A/RES/65/230",
                     "联合国大会2010年12月21日第65/230号决议《第十二届联合国预防犯罪和刑事司法大会》，A/RES/65/230",
                     "https://undocs.org/A/RES/65/230", "2010-12-21"),
    "eg4-2021-2": ("Report on the meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime held in "
                   "Vienna from 6 to 8 April 2021, UNODC/CCPCJ/EG.4/2021/2",
                   "2021年4月6日至8日在维也纳举行的全面研究网络犯罪问题专家组会议的报告，UNODC/CCPCJ/EG.4/2021/2",
                   "https://undocs.org/UNODC/CCPCJ/EG.4/2021/2", "2021-04"),
    "a-res-74-247": ("United Nations General Assembly, resolution 74/247, “Countering the use of information and "
                     "communications technologies for criminal purposes”, 27 December 2019, A/RES/74/247",
                     "联合国大会2019年12月27日第74/247号决议《打击为犯罪目的使用信息和通信技术行为》，A/RES/74/247",
                     "https://undocs.org/A/RES/74/247", "2019-12-27"),
    "ga-12235": ("United Nations, press release GA/12235 on the General Assembly plenary meeting of 27 December 2019 "
                 "(recorded vote on resolution 74/247: 79 in favour, 60 against, 33 abstentions)",
                 "联合国新闻稿GA/12235：2019年12月27日大会全体会议（第74/247号决议记录表决：79票赞成、60票反对、33票弃权）",
                 "https://press.un.org/en/2019/ga12235.doc.htm", "2019-12-27"),
    "unvotes-9087": ("E. Voeten, A. Strezhnev and M. Bailey, United Nations General Assembly Voting Data (Harvard "
                     "Dataverse), roll call 9087 (A/RES/74/247), as packaged in rfordatascience/tidytuesday, "
                     "data/2021/2021-03-23/unvotes.csv",
                     None, "https://github.com/rfordatascience/tidytuesday/tree/master/data/2021/2021-03-23",
                     "2021-03-23"),
    "a-c3-74-l11": ("United Nations General Assembly, Third Committee, draft resolution A/C.3/74/L.11, “Countering "
                    "the use of information and communications technologies for criminal purposes”, 11 October 2019",
                    "联合国大会第三委员会决议草案A/C.3/74/L.11《打击为犯罪目的使用信息和通信技术行为》，2019年10月11日",
                    "https://assets.documentcloud.org/documents/6594665/A-C-3-74-L-11-En.txt", "2019-10-11"),
    "mid-ru-3909516": ("Ministry of Foreign Affairs of the Russian Federation, comment on the adoption by the Third "
                       "Committee of the draft resolution on countering the use of ICTs for criminal purposes, "
                       "22 November 2019",
                       "俄罗斯联邦外交部就第三委员会通过打击为犯罪目的使用信通技术决议草案发表的评论，2019年11月22日",
                       "https://www.mid.ru/en/foreign_policy/international_safety/disarmament/-/asset_publisher/"
                       "rp0fiUBmANaH/content/id/3909516", "2019-11-22"),
    "a-res-79-243": ("United Nations General Assembly, resolution 79/243, “United Nations Convention against "
                     "Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by "
                     "Means of Information and Communications Technology Systems and for the Sharing of Evidence in "
                     "Electronic Form of Serious Crimes”, 24 December 2024, A/RES/79/243",
                     "联合国大会2024年12月24日第79/243号决议《联合国打击网络犯罪公约》，A/RES/79/243",
                     "https://undocs.org/A/RES/79/243", "2024-12-24"),
    "untc-xviii-16": ("United Nations Treaty Collection, Multilateral Treaties Deposited with the Secretary-General, "
                      "chapter XVIII, 16: United Nations Convention against Cybercrime (status)",
                      "联合国条约集《交存秘书长的多边条约》第十八章第16项：《联合国打击网络犯罪公约》（状况）",
                      "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml",
                      "2025-11"),
    "unodc-uncc": ("United Nations Office on Drugs and Crime, United Nations Convention against Cybercrime (home page)",
                   "联合国毒品和犯罪问题办公室，《联合国打击网络犯罪公约》主页",
                   "https://www.unodc.org/unodc/en/cybercrime/convention/home.html", ""),
    # Council of Europe
    "coe-ets-185": ("Council of Europe, Convention on Cybercrime, Budapest, 23 November 2001, ETS No. 185",
                    "欧洲委员会《网络犯罪公约》，2001年11月23日，布达佩斯，ETS第185号",
                    "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185", "2001-11-23"),
    "coe-cets-224": ("Council of Europe, Second Additional Protocol to the Convention on Cybercrime on enhanced "
                     "co-operation and disclosure of electronic evidence, CETS No. 224 (adopted by the Committee of "
                     "Ministers on 17 November 2021, opened for signature on 12 May 2022)",
                     "欧洲委员会《网络犯罪公约关于加强合作和披露电子证据的第二附加议定书》，CETS第224号（部长委员会"
                     "2021年11月17日通过，2022年5月12日开放签署）",
                     "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=224", "2022-05-12"),
    "coe-budapest-parties": ("Council of Europe, “The Budapest Convention” (list of Parties)",
                             "欧洲委员会，《布达佩斯公约》缔约国名单",
                             "https://www.coe.int/en/web/cybercrime/the-budapest-convention", ""),
    "nl-treaty-ets185": ("Netherlands Treaty Database (Verdragenbank), Convention on Cybercrime (ETS No. 185): "
                         "parties and changes", "荷兰条约数据库（Verdragenbank）：《网络犯罪公约》缔约方及变更",
                         "https://treatydatabase.overheid.nl/nl/Verdrag/Details/009852_w", "2026-01-14"),
    "nl-treaty-ets185-en": ("Netherlands Treaty Database, Convention on Cybercrime (ETS No. 185), page 2",
                            "荷兰条约数据库：《网络犯罪公约》（第2页）",
                            "https://verdragen.nl/en/Treaty/Details/009852_w?page=2", ""),
    "nl-treaty-uncc": ("Netherlands Treaty Database (Verdragenbank), United Nations Convention against Cybercrime: "
                       "parties", "荷兰条约数据库（Verdragenbank）：《联合国打击网络犯罪公约》缔约方",
                       "https://verdragen.nl/nl/Verdrag/Details/013891_p.html", "2025-11-19"),
    "nc4-budapest": ("Kenya National Computer and Cybercrimes Coordination Committee (NC4), “Budapest Convention on "
                     "Cybercrime” (invitation of 9 October 2024)", None,
                     "https://nc4.go.ke/budapest-convention-on-cybercrime", "2024-10-09"),
    "inview-ets185": ("inview.nl Verdragenbank, Convention on Cybercrime: party list with entry-into-force dates",
                      None, "https://inview.nl/document/ida9135c0f2679103f04a4f8f7d99c2d8c", ""),
    "trb-2007-10": ("Tractatenblad van het Koninkrijk der Nederlanden 2007, no. 10 (Convention on Cybercrime, "
                    "party table)", None, "https://zoek.officielebekendmakingen.nl/trb-2007-10.html", "2007"),
    "coe-tcy": ("Council of Europe, Cybercrime Convention Committee (T-CY)", "欧洲委员会网络犯罪公约委员会（T-CY）",
                "https://www.coe.int/en/web/cybercrime/tcy", ""),
    "coe-tcy-news": ("Council of Europe, T-CY news", "欧洲委员会网络犯罪公约委员会新闻",
                     "https://www.coe.int/en/web/cybercrime/t-cy-news", ""),
    "coe-grd-moz-2024": ("Council of Europe, “Grenada and Mozambique have been invited to accede to the Convention "
                         "on Cybercrime”, 7 February 2024", None,
                         "https://www.coe.int/fr/web/cybercrime/-/grenada-and-mozambique-have-been-invited-to-accede-"
                         "to-the-convention-on-cybercrime", "2024-02-07"),
    "coe-octopus-uga": ("Council of Europe, Octopus cyberviolence and cybercrime country profile: Uganda", None,
                        "https://www.coe.int/en/web/octopus/-/ugan-1", ""),
    "miragenews-75": ("Mirage News, “Budapest Convention reaches 75 Parties”, June 2024", None,
                      "https://miragenews.com/budapest-convention-reaches-75-parties-1260176", "2024-06-20"),
    "webrwanda-2025": ("Web Rwanda, “Rwanda joins global cybercrime treaty”, January 2025", None,
                       "https://en.webrwanda.com/2025/01/rwanda-joins-global-cybercrime-treaty.html", "2025-01"),
    "mattdotvu-2025": ("“Vanuatu joins global Convention on Cybercrime: a major step for digital security”, "
                       "15 June 2025", None,
                       "https://mattdotvu.blog/2025/06/15/vanuatu-joins-global-convention-on-cybercrime-a-major-step-"
                       "for-digital-security", "2025-06-15"),
    "basham-2025": ("Basham, Ringe y Correa, “Approval of the first international convention on cybercrime”, "
                    "January 2025", None,
                    "https://basham.com.mx/approval-of-the-first-international-convention-on-cybercrime/", "2025-01"),
    "pbip-2026": ("PBIP bulletin 01-2026", None, "https://online.flippingbook.com/view/316427122/2", "2026-01"),
    "tempo-mz-160912": ("Revista Tempo (Mozambique), report on the 33rd T-CY plenary, November 2025", None,
                        "https://revista.tempo.co.mz/?p=160912", "2025-11"),
    "bluesky-2025-10-28": ("Lisandra Novo, post on the Hanoi signing ceremony and the Budapest Convention, Bluesky, "
                           "28 October 2025", None, "https://oauth.lightnews.app/bsky/lisandranovo.bsky.social?tab=replies",
                           "2025-10-28"),
    # The Hanoi signing ceremony and later signatures
    "ecofin-2025-10-27": ("Ecofin Agency, “At Hanoi forum, 21 African nations sign on to UN cyber treaty”, "
                          "27 October 2025", None,
                          "http://www.ecofinagency.com/news-digital/2710-49864-at-hanoi-forum-21-african-nations-sign-"
                          "on-to-un-cyber-treaty", "2025-10-27"),
    "newshour-2025-10-29": ("Newshour, report on the signing of the United Nations Convention against Cybercrime in "
                            "Hanoi, 29 October 2025", None,
                            "https://newshour.media/2025/10/29/in-hanoi-72-states-ratify-the-un-convention-on-"
                            "cybercrime", "2025-10-29"),
    "adaderana-114202": ("Ada Derana, “Sri Lanka signs UN Convention against Cybercrime”, October 2025", None,
                         "https://www.adaderana.lk/news/114202/sri-lanka-signs-un-convention-against-cybercrime",
                         "2025-10"),
    "vietnamnews-1728146": ("Viet Nam News, “Dutch cyber affairs official hails Viet Nam's hosting of Hanoi "
                            "Convention signing”, October 2025", None,
                            "https://vietnamnews.vn/politics-laws/1728146/dutch-cyber-affairs-official-hails-viet-nam-"
                            "s-hosting-of-hanoi-convention-signing.html", "2025-10"),
    "machineherald-2026-05-21": ("Machine Herald, “UN cybercrime convention stalls at one ratification as "
                                 "implementation deadlock deepens” (with the editor's correction: three ratifications), "
                                 "21 May 2026", None,
                                 "https://machineherald-io.pages.dev/article/2026-05/21-un-cybercrime-convention-"
                                 "stalls-at-one-ratification-as-implementation-deadlock-deepens", "2026-05-21"),
    "reportaz-2026-02": ("Report.az, “Azerbaijan becomes first country to ratify UN Convention against Cybercrime”, "
                         "February 2026", None,
                         "https://report.az/en/domestic-politics/azerbaijan-becomes-first-country-to-ratify-un-"
                         "convention-against-cybercrime", "2026-02"),
    "trendaz-4151684": ("Trend News Agency, report of February 2026 naming the signatories of the United Nations "
                        "Convention against Cybercrime", None, "https://www.trend.az/azerbaijan/politics/4151684.html",
                        "2026-02"),
    "canada-2026-07": ("Global Affairs Canada, “Canada signs United Nations Convention against Cybercrime”, July 2026 "
                       "(cited in a digest of 1 August 2026)", None,
                       "https://www.canada.ca/en/global-affairs/news/2026/07/canada-signs-united-nations-convention-"
                       "against-cybercrime.html", "2026-07"),
    "geist-2026-07": ("Michael Geist, “A surveillance treaty in disguise: the trouble with Canada's quiet decision to "
                      "sign the UN Cybercrime Convention”, July 2026", None,
                      "https://www.michaelgeist.ca/2026/07/a-surveillance-treaty-in-disguise-the-trouble-with-canadas-"
                      "quiet-decision-to-sign-the-un-cybercrime-convention/", "2026-07"),
    # national statistics and indices
    "unctad-cyberlaw-2026": ("UNCTAD, Global Cyberlaw Tracker: cybercrime and data protection legislation worldwide "
                             "(data of 27 April 2026)",
                             "联合国贸易和发展会议（贸发会议），全球网络法追踪：网络犯罪与数据保护立法（2026年4月27日数据）",
                             "https://github.com/unctad-infovis/2026-cyberlaw_tracker", "2026-04-27"),
    "itu-internet": ("International Telecommunication Union, “Individuals using the Internet (% of population)”, "
                     "World Bank World Development Indicators IT.NET.USER.ZS (update of 24 January 2025)",
                     "国际电信联盟，“使用互联网的个人（占人口百分比）”，世界银行世界发展指标IT.NET.USER.ZS（2025年1月24日更新）",
                     "https://data.worldbank.org/indicator/IT.NET.USER.ZS", "2025-01-24"),
    "itu-gci-2020": ("International Telecommunication Union, Global Cybersecurity Index 2020 (D-STR-GCI.01-2021), "
                     "scores as extracted by the Blavatnik Index of Public Administration (bipa2024_sourcedata)",
                     "国际电信联盟，《2020年全球网络安全指数》（D-STR-GCI.01-2021），得分据布拉瓦尼克公共行政指数的摘录",
                     "https://github.com/blavatnik-index/bipa2024_sourcedata", "2021"),
    # regional instruments
    "dataguidance-malabo": ("DataGuidance, “Africa: Malabo Convention set to enter into effect following 15th "
                            "ratification”, May 2023", None,
                            "https://www.dataguidance.com/news/africa-malabo-convention-set-enter-effect-following",
                            "2023-05"),
    "powerlaw-malabo": ("Power Law Africa, “Malabo Convention to come into force”, 19 May 2023", None,
                        "https://powerlaw.africa/2023/05/19/malabo-convention-to-come-into-force", "2023-05-19"),
    "directions-malabo": ("Directions blog, “Africa's cybersecurity treaty enters into force”, June 2023", None,
                          "https://directionsblog.eu/africas-cybersecurity-treaty-enters-into-force/", "2023-06"),
    "alwatan-588024": ("Al Watan (Bahrain), statement of the Ministry of Foreign Affairs of Bahrain on the Arab "
                       "Convention on Combating Information Technology Offences (signatories and ratifications), 2016",
                       None, "https://alwatannews.net/article/588024/", "2016"),
    "masress-356602": ("Masress (Moheet), Qatar deposits its ratification of the Arab Convention on Combating "
                       "Information Technology Offences", None, "https://www.masress.com/moheet/356602", ""),
    "masress-33104": ("Masress (Tahrir News), the United Arab Emirates deposits its ratification of the Arab "
                      "Convention on Combating Information Technology Offences", None,
                      "https://www.masress.com/tahrirnews/33104", ""),
    "a7walmasr-38916": ("Ahwal Masr, presidential decree approving Egypt's accession to the Arab Convention on "
                        "Combating Information Technology Offences", None, "https://a7walmasr.com/show-38916.html", ""),
    "zakonpravo-cis-2019": ("Law of the Republic of Kazakhstan No. 277-VI of 9 December 2019 ratifying the CIS "
                            "Agreement on cooperation in combating crimes in the field of information technology", None,
                            "https://zakonpravo.kz/en/on-the-ratification-of-the-agreement-on-cooperation-of-the-"
                            "member-states-of-the-commonwealth-of-independent-states-in-combating-crimes-in-the-field-"
                            "of-information-technology", "2019-12-09"),
    "arlis-9136": ("Armenian Legal Information System (ARLIS), CIS Agreement on cooperation in combating crimes in "
                   "the field of information technology, act 9136", None,
                   "https://new.arlis.am/en/acts/9136/print/act_changes", "2022-01-22"),
    # stated positions
    "tass-1091919": ("TASS, report of 22 November 2019 quoting the Russian Ministry of Foreign Affairs on the "
                     "cybercrime resolution", None, "https://tass.com/world/1091919", "2019-11-22"),
    "kommersant-4920377": ("Kommersant, report on the Russian draft United Nations convention on countering the use "
                           "of ICTs for criminal purposes, July 2021", None, "https://www.kommersant.ru/doc/4920377",
                           "2021-07"),
    "usun-2022-02-28": ("United States Mission to the United Nations, remarks at the general debate of the first "
                        "session of the Ad Hoc Committee on cybercrime, 28 February 2022", None,
                        "https://usun.usmission.gov/remarks-at-the-general-debate-of-the-first-session-of-the-ad-hoc-"
                        "committee-on-cybercrime/", "2022-02-28"),
    "stl-505895": ("United States Department of State statement on the Ad Hoc Committee to elaborate a UN cybercrime "
                   "convention (reposted by STL.News), February 2022", None,
                   "https://www.stl.news/ahc-to-elaborate-a-un-cybercrime-convention/505895/", "2022-02-28"),
    "stl-539061": ("United States Department of State statement at the third session of the Ad Hoc Committee "
                   "(reposted by STL.News), August 2022", None,
                   "https://www.stl.news/ad-hoc-committee-to-elaborate-un-convention/539061/", "2022-08-29"),
    "eeas-2022-03-02": ("European Union, “EU Statement – UN Ad Hoc Committee on a UN Convention on Cybercrime: "
                        "objectives and scope of the Convention”, 2 March 2022", None,
                        "https://www.eeas.europa.eu/delegations/un-new-york/eu-statement-%E2%80%93-un-ad-hoc-"
                        "committee-un-convention-cybercrime-objectives-and-scope-convention_en", "2022-03-02"),
    "eeas-2020-01-15": ("European Union, “EU Statement in support of the Council of Europe Convention on "
                        "Cybercrime”, 15 January 2020", None,
                        "https://eeas.europa.eu/delegations/council-europe/73052/eu-statement-support-council-europe-"
                        "convention-cybercrime_en", "2020-01-15"),
    "leiden-2024-02": ("Zhang and Creemers, “Towards a UN-centric cybercrime treaty”, Leiden Asia Centre, February "
                       "2024", None, "https://leidenasiacentre.nl/towards-a-un-centric-cybercrime-treaty/", "2024-02"),
    "cubaminrex-2022-02-28": ("Permanent Mission of Cuba to the United Nations, statement at the general debate of "
                              "the first session of the Ad Hoc Committee, 28 February 2022", None,
                              "http://misiones.cubaminrex.cu/en/un/statements/76-unga-cuba-general-debate-first-"
                              "session-ad-hoc-committee-elaborate-comprehensive", "2022-02-28"),
    "darelhilal-2516675": ("Dar al-Hilal, report on the League of Arab States at the concluding session of the Ad Hoc "
                           "Committee, August 2024", None, "https://darelhilal.com/News/2516675.aspx", "2024-08"),
}

# the publisher a paper names for an address met in the data but not listed above, by its site
SITES: dict[str, str] = {
    "cdn.saudigazette.com.sa": "Saudi Gazette", "www.rajahtannasia.com": "Rajah & Tann Asia",
    "www.vientianetimes.org.la": "Vientiane Times", "hanoiconvention.org": "Hanoi Convention (signing ceremony site)",
    "qna.org.qa": "Qatar News Agency", "www.posttoday.com": "Post Today", "archive.mv": "Maldives archive",
    "www.birgun.net": "BirGün", "www.pubt.io": "pubt.io", "azertag.az": "AZERTAC", "tass.ru": "TASS",
    "administrador.m24.com.uy": "M24 (Uruguay)", "www.itweb.co.za": "ITWeb", "thesciencedaily.com": "The Science Daily",
    "www.prensa-latina.cu": "Prensa Latina", "np.kz": "np.kz", "en.vietnamplus.vn": "VietnamPlus",
}
