"""Chinese typography: full-width punctuation in Chinese text, an East Asian font for Chinese runs, and title
marks 《》 around the titles of instruments."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator

from drafter.bilingual import did_you_mean
from drafter.check.context import Context, Sink
from drafter.check.families.citations import symbols_cited
from drafter.check.families.document import mixed_fonts
from drafter.check.report import Correction
from drafter.check.rules import RULES
from drafter.chinesewords import word_spans
from drafter.hanzi import simplified
from drafter.library import Library
from drafter.numberwords import numeral_zh
from drafter.patterns import lazy
from drafter.punctuation import (
    CJK,
    CJK_CHAR,
    HALF_DIGITS,
    HALF_TO_FULL,
    OTHER_SCRIPT_DIGITS,
    WESTERN_DIGITS,
    half_width_in_chinese,
)
from drafter.structure import UNREAD, Node
from drafter.structure.heading import CHINESE_NUMERAL_DATE, MONTH_NAMES, MONTHS, english_label, fields_in
from drafter.word import reader
from drafter.word.edit import EastAsianFont, Replace
from drafter.word.fontnames import without_chinese_font

SPACES = " \u00a0"
NUMERIC_DATE = lazy(r"(?<![\d/])((?:19|20)\d{2})\s?[-./／]\s?(\d{1,2})\s?[-./／]\s?(\d{1,2})(?![\d/])")
# a date typed day first, as Hong Kong, Singapore and Malaysia write it (5/3/2026, 5.3.2026): day, month, year; read
# month first only where the day first cannot be (3/25/2026)
DAY_FIRST_DATE = lazy(r"(?<![\d/.\-／])(\d{1,2})\s?([-./／])\s?(\d{1,2})\s?\2\s?((?:19|20)\d{2})(?![\d/])")
# a year of the Republic of China calendar, as Taiwan writes dates (民國115年3月5日 is 2026年3月5日): year 1 is 1912
ROC_DATE = lazy(r"(?:中华民国|中華民國|民国|民國)\s?(\d{1,3})\s?年(?:\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?)?")
ROC_EPOCH = 1911
# a date written the Chinese way with some of its digits typed full-width (２０２３年12月, 2023年５月１２日): an input
# method left in full-width mode; the UN's Chinese writes «2023年12月» in half-width digits (ZH-P02, UN-B18)
WIDE_DATE = lazy(r"(?<!\d)(\d{4})\s?年(?:\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?)?")
# a digit not written half-width: full-width (２０１９, UN-B18), or Arabic-Indic as an Arabic or Persian keyboard types it
# (٢٠١٩): the UN's Chinese writes dates in half-width digits (ZH-P02)
FULL_WIDTH_DIGIT = lazy(f"[０-９{OTHER_SCRIPT_DIGITS}]")
# a date whose day is counted with 号 (2024年12月24号), as it is said, not written: the UN's Chinese writes 日 (ZH-P02);
# not a number that goes on to name a resolution or a document (…月24号决议)
HAO_DATE = lazy(r"(?<![\d０-９])([\d０-９]{4})\s?年\s?([\d０-９]{1,2})\s?月\s?([\d０-９]{1,2})\s?[号號]"
                r"(?!\s?(?:决议|決議|文件|报告|報告|令|公告))")
# a date in Chinese units left in the English order, as a translator or a delegate who thinks in English writes it: month
# and day before the year (5月18日2026年, 5月18日, 2026年: "May 18, 2026") or day before month (18日5月2026年: "18 May
# 2026"); UN Chinese writes 2026年5月18日 (ZH-P02). Not a day followed by the year that begins the next phrase
# (截至12月31日，2025年全球……: a full-width comma ends the date), nor a date whose own year comes first (2024年12月31日)
ENGLISH_ORDER_DATES = (lazy(r"(?<![\d０-９年])(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?[日号號][\s,]{0,2}"
                            r"(?P<year>(?:19|20)\d{2})\s?年(?!度|\s?\d)"),
                       lazy(r"(?<![\d０-９月])(?P<day>\d{1,2})\s?[日号號]\s?(?P<month>\d{1,2})\s?月[\s,]{0,2}"
                            r"(?P<year>(?:19|20)\d{2})\s?年(?!度|\s?\d)"))
# a date left in English between Chinese words (将于18 May 2026在维也纳开幕, 于May 18, 2026通过, 于March 2026举行), as a delegate
# who drafts in English types it: UN Chinese writes 2026年5月18日 (ZH-P02); a masthead's date line, English in every
# language version (UN-H02), stands alone
_EN_MONTH = rf"(?P<month>{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
ENGLISH_DATES = (lazy(r"(?<![A-Za-z0-9])(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _EN_MONTH
                      + r",?\s+(?P<year>(?:19|20)\d{2})(?!\d)"),
                 lazy(r"(?<![A-Za-z0-9])" + _EN_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})(?!\d)"))
ENGLISH_MONTH = lazy(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # what each English date holds
DIGIT = lazy(r"\d")
# a date in Chinese numerals (二〇二二年三月, 二〇二六年十二月六日), as a 公文 is dated: UN Chinese writes 2022年3月 (ZH-P02)
NUMERAL_DATE = lazy(CHINESE_NUMERAL_DATE)
NUMERALS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
TITLED = lazy(r"《[^《》]{2,80}》")
# a count right before an instrument word: a group of instruments (联合国外层空间五项条约, the five United Nations
# treaties on outer space; 联合国人权两公约), which the UN writes bare, not one title
COUNTED = r"(?<![一二两兩三四五六七八九十几幾多各诸諸数數])(?<![一二两兩三四五六七八九十几幾多各诸諸数數][项項个個部])"
# a UN document symbol (A/RES/70/1, S/RES/2254 (2015), A/C.3/78/L.5, E/CN.6/2024/L.3) with some of its letters, digits,
# slashes or points typed in full-width forms (Ａ／ＲＥＳ／７０／１): an input method left in full-width mode
SYMBOL_TYPED = lazy(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])[A-ZＡ-Ｚ]{1,6}(?:[.．][0-9０-９]{1,2})?(?:[/／][A-Za-zＡ-Ｚａ-ｚ0-9０-９.．\-－]+)+")
UN_SYMBOL = lazy(r"[A-Z]{1,6}(?:\.\d{1,2})?(?:/[A-Za-z0-9.\-]+)*/[A-Za-z0-9.\-]*\d[A-Za-z0-9.\-]*")
# quoted text: “…”, and the corner quotation marks of Taiwan, Hong Kong and Macau, 「…」 and the inner 『…』
QUOTED = lazy(r"“[^“”]*”|「[^「」]*」|『[^『』]*』")
# marks students put around a title instead of 《》 (longest first)
WRONG_TITLE_MARKS = (("<<", ">>"), ("〈", "〉"), ("<", ">"), ("＜", "＞"), ("«", "»"), ('"', '"'))
# words that name what a quoted title is the title of: 题为“……”的决议 quotes a title, and rightly
NAMED_AS = lazy(r"(?:题为|題為|标题为|標題為|题目为|題目為|名为|名為|称为|稱為|名称为|名稱為|定名为|定名為)\s*$")
# the shapes of an instrument's title that no list needs (ZH-P01): a name part, short and plain (no 的/各/有关…,
# which make a description: 联合国各项公约, 联合国主持下缔结的公约), then an instrument word, after
#   联合国 (联合国宪章, 联合国反腐败公约, 联合国千年宣言; a 协定/条约 … with a name: not 联合国协定);
#   国际 / 全球 / 世界 with a name of two characters or more, and only words that are not also common plurals
#   (国际卫生条例, 世界人权宣言; not 国际协定 or 国际投资协定, "international (investment) agreements", nor
#   counted ones: 两个国际人权公约);
#   禁止 / 消除 / 防止 / 打击 / 制止 + what is banned, 保护 + what is protected (禁止化学武器公约, 消除一切形式种族歧视
#   国际公约, 制止核恐怖主义行为国际公约, 保护非物质文化遗产公约, 保护世界文化和自然遗产公约);
#   a year that is not a deadline (2030年可持续发展议程, 2063年议程; not 到2030年全面执行这一议程 or a
#   meeting's agenda: 2019年会议议程).
# the cities whose UN conferences named what they adopted after them: 马德里老龄问题国际行动计划, 仙台减少灾害风险框架,
# 亚的斯亚贝巴行动议程, 蒙特雷共识 (titles in 《》 in UN Chinese; 国家行动计划 alone is a common noun); the framework of the
# Biodiversity COP held in Kunming and Montreal under both names, joined by a dash (昆明-蒙特利尔全球生物多样性框架)
CONFERENCE_CITY = (r"(?:昆明[-－—–]?蒙特利[尔爾]|北京|马德里|馬德里|维也纳|維也納|德班|仙台|兵库|兵庫|亚的斯亚贝巴|亞的斯亞貝巴|蒙特雷|约翰内斯堡"
                   r"|約翰內斯堡|伊斯坦布尔|伊斯坦布爾|多哈|开罗|開羅|哥本哈根|萨摩亚|薩摩亞|阿拉木图|阿拉木圖|马拉喀什|馬拉喀什)")
# the characters Chinese writes foreign names with (Xinhua's table of transliteration, simplified and traditional):
# a city's or a place's name made of them only, then a convention's word, is a title named after where it was adopted
# (巴塞尔公约, 威尼斯宪章, 拉姆萨尔公约, 布达佩斯公约, 奥胡斯公约, 里约宣言); 该公约, 多边条约, 最终协定 are not
TRANSLITERATION = ("阿埃艾爱安昂奥巴拜班邦贝本比彼毕波伯博布查达代丹道德登迪蒂丁东杜顿多厄恩尔法范菲费芬丰佛弗福富盖甘冈"
                   "戈格贡古瓜圭哈海汉豪赫亨洪胡华怀惠霍基吉加贾杰金卡喀凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷里利莉"
                   "连列林琳隆卢鲁陆路伦罗洛马迈麦曼芒梅门蒙米密明莫默姆穆纳奈南内尼宁纽努诺欧帕派潘庞佩彭皮普奇契乔"
                   "切钦琼丘萨塞赛桑瑟森沙莎尚绍舍圣施什史舒斯松苏索塔泰坦汤唐特提汀图托瓦万旺威韦维温沃乌伍西希锡夏"
                   "谢辛休逊雅亚扬耶伊英尤约泽扎詹珍朱兹茨捷黎也日典"
                   "愛貝畢達東頓厄爾費豐蓋岡貢華懷賈傑凱庫誇崑萊賴蘭勞雷裡連隆盧魯陸倫羅洛馬邁麥門蒙納紐諾歐龐喬欽瓊薩"
                   "賽桑紹聖施蘇塔湯圖萬韋維溫烏錫謝遜亞揚約澤詹茲")
INSTRUMENT = lazy(r"(?:联合国|聯合國)(?:[\u4e00-\u9fff]{0,12}?)" + COUNTED + r"(?:公约|公約|宪章|憲章|议定书|議定書|宣言)"
                  # a protocol named after a convention named after a place, the conventions counted or not
                  # (日内瓦四公约第一附加议定书, 日内瓦公约第二附加议定书: one instrument, its title in 《》); before the
                  # place's own instrument, which would stop at 公约. Not the conventions counted alone (日内瓦四公约,
                  # 里约三公约: the UN writes the group bare, S/RES/2535 (2020), A/RES/74/216), nor the protocols after
                  # 及其 (1949年日内瓦四公约及其1977年附加议定书)
                  rf"|(?<![{TRANSLITERATION}])[{TRANSLITERATION}]{{2,7}}"
                  r"[两兩二三四]?(?:公约|公約)(?:第[一二三])?(?:附加|任择|任擇)(?:议定书|議定書)"
                  rf"|(?<![{TRANSLITERATION}])[{TRANSLITERATION}]{{2,7}}"
                  r"(?:公约|公約|宪章|憲章|议定书|議定書|条约|條約|协定|協定|宣言)"
                  # a code of conduct named after the city where it was adopted (雅温得行为守则, 吉布提行为守则: the UN
                  # writes 《雅温得行为守则》, S/RES/2634 (2022)); 得 writes a foreign name only in such names (雅温得,
                  # 得克萨斯), so it is a letter of the place's name here and of no other title's shape
                  rf"|(?<![{TRANSLITERATION}得])[{TRANSLITERATION}得]{{2,7}}(?:行为守则|行為守則|行为准则|行為準則)"
                  r"|(?:联合国|聯合國)[\u4e00-\u9fff]{2,12}?" + COUNTED + r"(?:规约|規約|条约|條約|协定|協定|纲领|綱領)"
                  r"|(?<![两兩二三各多几幾诸諸项項个個些])(?:国际|國際|全球|世界)(?!社会|社會|合作|社区|社區)"
                  r"[\u4e00-\u9fff]{2,10}?(?:公约|公約|议定书|議定書|宣言|条例|條例)"
                  r"|(?:禁止|消除|防止|打击|打擊|保护|保護|制止)[\u4e00-\u9fff]{2,14}?"
                  r"(?:公约|公約|议定书|議定書|条约|條約)"
                  # a regional organisation's or a region's instrument, named after it (东盟跨界烟霾污染协定, 非洲无核武器区
                  # 条约, 欧洲人权公约: the UN writes 《东盟跨界烟霾污染协定》), not the region's States (非洲国家……宣言) nor
                  # a treaty its members make or carry out (东盟各国签订的协定, ……落实宣言: verbs no title of theirs holds)
                  r"|(?:东盟|東盟|东南亚|東南亞|非洲联盟|非洲聯盟|非盟|非洲|欧洲联盟|歐洲聯盟|欧盟|歐盟|欧洲|歐洲|美洲|泛美"
                  r"|阿拉伯|伊斯兰|伊斯蘭|南亚区域|南亞區域|独联体|獨聯體|加勒比|太平洋岛屿|太平洋島嶼|上海合作组织|上海合作組織)"
                  r"(?!国家|國家|各国|各國)(?:(?!签订|簽訂|订立|訂立|达成|達成|谈判|談判|落实|落實|实施|實施)[\u4e00-\u9fff]){2,14}?"
                  r"(?:公约|公約|宪章|憲章|议定书|議定書|条约|條約|协定|協定|宣言)"
                  r"|(?<![到至在于於前后後])\d{4}年(?:(?!会议|會議|工作|临时|臨時)[\u4e00-\u9fff]){0,10}?(?:议程|議程)"
                  r"|" + CONFERENCE_CITY + r"[\u4e00-\u9fff]{0,14}?"
                  r"(?:行动计划|行動計劃|行動計畫|行动纲领|行動綱領|行动议程|行動議程|宣言|框架|共识|共識)")
# a quoted name that is an organisation's constitution, the name then 组织法 (“国际移民组织组织法”: the UN writes
# 《世界卫生组织组织法》); bare in running text only the well-known ones (WELL_KNOWN_TITLES), as the lead before a bare
# name (重申世界卫生组织组织法) would be read into it
CONSTITUTION = lazy(r"[\u4e00-\u9fff]{2,14}?(?:组织|組織)(?:组织法|組織法)")
# the last words of a code of conduct's title (《雅温得行为守则》), whose 为 is no word of a description
CONDUCT_END = lazy(r"(?:行为|行為)(?:守则|守則|准则|準則)$")
# the words a title's own name holds that ``DESCRIPTIVE`` would read as a description's: 反对 "against", the verb a
# title opens its subject with (东盟反对贩卖人口公约, 美洲国家反对腐败公约: ASEAN's and the OAS's titles, not "ASEAN
# opposes the convention", which would take a demonstrative, 反对该公约), and 特别是 "in particular" with the nouns it
# singles out, two joined by 和 / 及 (《东盟反对贩卖人口特别是妇女和儿童公约》, the UN's 《……特别是妇女和儿童……议定书》):
# a description puts 特别是 after a mark (，特别是……)
TITLE_OWN_WORDS = lazy(r"(?:特别是|特別是)(?:[\u4e00-\u9fff]{1,4}?(?:和|及)[\u4e00-\u9fff]{1,4}?(?=(?:公约|公約|议定书|議定書"
                       r"|宪章|憲章|条约|條約|协定|協定|宣言)$))?|反对|反對")
INSTRUMENT_WORD = lazy(r"公约|公約|盟约|盟約|宪章|憲章|议定书|議定書|宣言|规约|規約|条约|條約|协定|協定|纲领|綱領|条例|條例|议程|議程"
                      r"|计划|計劃|計畫|框架|共识|共識|组织法|組織法|建议书|建議書|契约|契約|承诺|承諾|行为守则|行為守則|行为准则|行為準則")
# (组织法: an organisation's constitution, 《世界卫生组织组织法》, a title as a 宪章 is)
INSTRUMENT_END = ("公约", "公約", "盟约", "盟約", "宪章", "憲章", "议定书", "議定書", "宣言", "规约", "規約", "条约", "條約", "协定", "協定",
                  "纲领", "綱領", "议程", "議程", "条例", "條例", "组织法", "組織法",
                  # a UNESCO Recommendation, which its General Conference adopts as an instrument (《人工智能伦理问题建议书》,
                  # 《关于开放科学的建议书》)
                  "建议书", "建議書")
# a compact (《未来契约》, 《全球数字契约》, 《安全、有序和正常移民全球契约》, 《联合国全球契约》, 《索马里安全契约》: UN Chinese
# writes them in 《》, A/RES/74/304, A/RES/74/199, S/RES/2520 (2020)): a title where it is a well-known one or one the
# draft writes in 《》 elsewhere, not by its shape (社会契约, “新社会契约”: a concept's name, in quotation marks or not)
# the words that end a treaty's title, nothing else (a declaration or a programme may be a description's word too)
TREATY_END = ("公约", "公約", "条约", "條約", "协定", "協定", "议定书", "議定書")
COMPACT_END = ("契约", "契約",
               # the same for a commitment named after the city of the conference that adopted it (《塞维利亚承诺》, the
               # outcome of the Fourth International Conference on Financing for Development, A/RES/79/323): 承诺 is
               # a common noun (各国的承诺), so a title only where well-known or written in 《》 elsewhere
               "承诺", "承諾")
# the last words of a document's title that is no instrument (a report, guiding principles, guidelines, a code): common
# nouns in running text, so a title only where a name quoted in corner marks ends with one (「安全保有權指導原則」,
# 『世界人口狀況報告』: Taiwan and Hong Kong drafts quote such a title where 《》 belong, ZH-P01)
DOCUMENT_END = ("指导原则", "指導原則", "准则", "準則", "守则", "守則", "报告", "報告")
# a quoted name that is a title by its last word: a name of two to eighteen characters, then an instrument word or
# the word of a document
QUOTED_TITLE = lazy(r"[\u4e00-\u9fff0-9]{2,18}(?:" + "|".join(INSTRUMENT_END + DOCUMENT_END) + ")")
# a compact's name in corner marks (「全球數碼契約」, 「難民問題全球契約」, 「聯合國全球契約」): Hong Kong and Taiwan drafts
# quote the compacts where 《》 belong and write them in their own words (數碼 / 數位 for 数字), so no listed title is
# found; a name whose 契约 follows 全球 or opens with 联合国 is a compact's title, not a concept's name (「新社會契約」)
CORNER_COMPACT = lazy(r"[\u4e00-\u9fff0-9]{0,16}?(?:全球|联合国|聯合國)[\u4e00-\u9fff0-9]{0,10}?(?:"
                      + "|".join(COMPACT_END) + ")")
# such a document's name in corner marks, which a paragraph with no instrument word may hold
CORNER_DOCUMENT = lazy(r"[「『][\u4e00-\u9fff0-9]{2,18}(?:" + "|".join(DOCUMENT_END) + r")[」』]")
# a report's title quoted before the word 报告 (“2024年世界粮食安全和营养状况”报告, 「世界人口狀況」報告): the marks of a
# title of four characters or more with no sentence mark in it, as a translator renders an English italic title; UN
# Chinese writes 《2024年世界粮食安全和营养状况》报告 (ZH-P01); a title a 题为 names keeps its quotation marks, and a
# rapporteur (报告员) is no report
QUOTED_REPORT = lazy(r"[“「『][^“”「」『』《》，。；：、,;:]{4,40}[”」』]\s?(?:报告|報告)(?!员|員)")
# the last words of a plan's or a strategy's title (《抗微生物药物耐药性全球行动计划》, 《联合国全球反恐战略》): a title
# where a name quoted in corner marks ends with one after three characters or more (「全球行動計劃」), not a common
# noun in quotes (「國家行動計畫」, 「戰略」)
PLAN_END = ("行动计划", "行動計劃", "行動計畫", "战略", "戰略", "框架", "路线图", "路線圖")
# (a region's road map names the region and the agenda it serves: 「亞洲及太平洋落實2030年永續發展議程區域路線圖」, 21
# characters before its last word)
CORNER_PLAN = lazy(r"[\u4e00-\u9fff0-9]{3,30}(?:" + "|".join(PLAN_END) + ")")
CORNER_PLAN_QUOTED = lazy(r"[「『][\u4e00-\u9fff0-9]{3,30}(?:" + "|".join(PLAN_END) + r")[」』]")
# a plan or a strategy of the UN's own, its name opening with 联合国, quoted in any marks (“联合国记者安全和有罪不罚问题行动计划”,
# “联合国全球反恐战略”): a title by its name and its last word however many 和 it holds (the UN writes
# 《联合国记者安全和有罪不罚问题行动计划》, A/RES/68/163); not the words of a description (联合国的行动计划, 联合国各项战略)
_UN_PLAN = r"(?:联合国|聯合國)(?:(?![的之各该該本此其这這])[\u4e00-\u9fff0-9]){2,24}(?:" + "|".join(PLAN_END) + ")"
UN_PLAN = lazy(_UN_PLAN)
UN_PLAN_QUOTED = lazy(r"[“「『]" + _UN_PLAN + r"[”」』]")
# a quoted name that is a title by its shape, however long and whatever words it holds: 关于 … then an instrument word,
# no sentence mark between (关于各国探索和利用包括月球和其他天体在内外层空间活动的原则条约, 關於預防、禁止和懲治販運人口
# 特別是婦女和兒童行為的補充議定書): the UN's long titles of treaties and protocols
_ABOUT = r"(?:关于|關於)[^，。；：,;:!?！？“”「」『』《》]{2,70}?(?:" + "|".join(INSTRUMENT_END) + ")"
ABOUT_TITLE = lazy(_ABOUT)
# a title cited after the year of its adoption, 关于 … then an instrument word (1954年关于无国籍人地位的公约: the UN
# writes 1954年《关于无国籍人地位的公约》): the year tells a title from a description of what a convention is about
# (关于该问题的公约, with a demonstrative, is one)
YEAR_ABOUT_TITLE = lazy(r"(?<!\d)\d{4}年(" + _ABOUT + ")")
# the year of a title's adoption before one of INSTRUMENT's shapes whose name joins two words with 和 / 及 / 与
# (2005年保护和促进文化表现形式多样性公约, 1972年保护世界文化和自然遗产公约: the UN writes 2005年《保护和促进文化表现形式
# 多样性公约》): the year tells a title from a description, as it does before 关于……公约, so only the other words of a
# description (的, 各, 有关, 该 …: CORNER_DESCRIPTIVE) make one; not a deadline's year (到2030年, 至2025年), but the 到 of
# a lead is none (注意到2003年……, 认识到, 意识到, 考虑到, 提到)
YEAR_BEFORE_TITLE = lazy(r"(?<![\d至])(?<!(?<![意识識虑慮提])到)\d{4}年")
# a plan, a framework or an agenda cited after the span of years it covers, bare (2013-2030年精神卫生综合行动计划,
# 2015-2030年仙台减少灾害风险框架, 2021—2030年道路安全行动十年全球计划: the UN and WHO write 《2013-2030年精神卫生综合行动
# 计划》, 《2015-2030年仙台减少灾害风险框架》): the span tells a title from a common noun as a year of adoption does; not a
# body's own framework after 其 (及其2018—2030年战略框架), a national plan (2025-2030年国家行动计划: a country's, no
# title) or a period (2025—2030年期间……战略); a name with the words of a description is none (YEAR_RANGE_WORDS)
YEAR_RANGE_TITLE = lazy(r"(?<![\d０-９其])\d{4}\s?[-—–－~至]\s?\d{4}年([\u4e00-\u9fff]{2,24}?"
                        r"(?:行动计划|行動計劃|行動計畫|全球计划|全球計劃|框架|议程|議程))")
YEAR_RANGE_WORDS = lazy(r"国家|國家|期间|期間|本国|本國|各国|各國")
# a title named after the place where it was adopted or signed, the place's name in transliteration characters and
# then 关于 … an instrument word (吉达关于承诺保护苏丹平民的宣言, 拉罗通加关于…的条约: the UN writes
# 《吉达关于承诺保护苏丹平民的宣言》): the place tells a title from a description as a year does; not a place inside a
# longer transliterated name
PLACE_ABOUT_TITLE = lazy(rf"(?<![{TRANSLITERATION}])([{TRANSLITERATION}]{{2,5}}" + _ABOUT + ")")
DEMONSTRATIVE = lazy(r"[该該此本其这這]|上述|有关|有關|相关|相關")
# a title in the chapter-title marks 〈〉 (Taiwan's 標點符號手冊 keeps 《》 for a book and 〈〉 for an article or a chapter):
# in a resolution every title takes 《》 (ZH-P01); UN Chinese writes 〈〉 only for a title inside a title
# (《〈京都议定书〉多哈修正案》)
ANGLE_TITLED = lazy(r"〈([^〈〉《》]{2,80})〉")
# every place an instrument word stands (a lookahead: overlapping ones too)
INSTRUMENT_ENDING = lazy("(?=(" + "|".join(INSTRUMENT_END + COMPACT_END) + "))")
# what may follow a title in running text: a mark, the end, a word that refers into it (第二条, 所载, 中的), or one
# that places something under it or within it (公约下的国家适应计划, 公约之规定, 公约框架内, 议定书范围内, 公约项下)
# ; or the verb of the sentence the title is the subject of (2030年可持续发展议程需要……, 巴黎协定要求……, 公约于1996年
# 通过): a name goes on with nouns, not with these
TITLE_FOLLOWER = lazy(r"^(?:$|[^\u4e00-\u9fff]|[第所中的和及与與或对對等下之]|规定|規定|以及|框架|范围|範圍|项下|項下"
                      r"|需要|要求|强调|強調|指出|确认|確認|确立|確立|呼吁|呼籲|提出|提供|旨在|载有|載有|生效|已经|已經"
                      r"|[为為是于於将將已]|自(?=\s?[\d０-９〇零一二三四五六七八九十]))")
# the words of a description, not of a title; among them the verbs a treaty is the object of (在联合国总部签署公约:
# the place where one signs the convention, no title)
_DESCRIPTIVE_WORDS = r"|有关|有關|相关|相關|这些|這些|其他|签署|簽署|批准|加入|执行|執行|遵守|履行|缔结|締結|违反|違反"
DESCRIPTIVE = lazy(r"[的各该該本此其等和及与與或、，并並对對向在就应應将將为為是把被已都也还還这這]" + _DESCRIPTIVE_WORDS)
# the same without the conjunctions 和 / 及 / 与 / 與, for a name in corner marks (see _is_title)
CORNER_DESCRIPTIVE = lazy(r"[的各该該本此其等或、，并並对對向在就应應将將为為是把被已都也还還这這]" + _DESCRIPTIVE_WORDS)
# a title that is part of the name of a body or a meeting, or of a draft, is written without 《》 (联合国气候变化框架
# 公约缔约方大会, 联合国宪章和加强联合国作用特别委员会, 公约草案); what follows the title up to the next mark shows it,
# unless a preposition ends the name first: 条约于1996年由大会通过 names the body that adopted the title; nor does a
# name hold the copula 是, which begins what the sentence says of the title (网络犯罪公约是……针对网络犯罪的公约); an
# organisation named after the title it carries out, 组织 right after it (联合国全球契约组织, the Global Compact's office);
# not an article, chapter or paragraph the title is cited by (外层空间条约第四条规定各缔约国……: the 缔约 after the
# citation is the sentence's, not a body's name); nor does it hold 其 "its": 公约及其缔约方大会 names the title and then
# the title's own body (the Convention and its Conference of the Parties), the title standing alone
NAME_GOES_ON = lazy(r"^(?![(（]?第[\d０-９〇零一二三四五六七八九十百]+[条條章款段节節])"
                    r"(?:(?:[(（][^()（）]*[)）])?[^，。；：、,;:()（）“”《》于於由被经經是其]{0,14}?"
                    r"(?:缔约|締約|委员会|委員會|会议|會議|大会|大會|秘书处|秘書處|机构|機構|理事会|理事會"
                    r"|伙伴关系|夥伴關係|工作组|工作組|小组|小組|基金|方案|机制|機制|网络|網絡|论坛|論壇|草案)"
                    r"|(?:组织|組織)(?!法))")

# an instrument named after the organisation that adopted it (世界知识产权组织版权条约, 世卫组织大流行协定, 世界知识产权组织
# 知识产权、遗传资源和相关传统知识条约: the UN writes each in 《》): the organisation's name, then three characters or more
# of a name that opens with no demonstrative (世卫组织相关公约, 劳工组织有关公约: no title) and holds none of a
# description's words but the conjunctions a title joins its subjects with (和, 、 between two characters, 相关 after
# the first), then the instrument's word; a name two characters long (劳工组织核心公约, 海事组织现行公约) is a kind of
# instruments, not one
TITLE_OWNERS = (r"(?:世界知识产权组织|世界知識產權組織|知识产权组织|知識產權組織|世界卫生组织|世界衛生組織|世卫组织|世衛組織"
                r"|国际劳工组织|國際勞工組織|劳工组织|勞工組織|教科文组织|教科文組織|国际海事组织|國際海事組織|海事组织|海事組織"
                r"|世界贸易组织|世界貿易組織|世贸组织|世貿組織|国际民用航空组织|國際民用航空組織|民航组织|民航組織"
                r"|欧洲委员会|歐洲委員會|非洲联盟|非洲聯盟|美洲国家组织|美洲國家組織)")
_OWNED_NAME_CHAR = r"[^\W\d_的各该該本此其等或，并並对對向在就应應将將为為是把被已都也还還这這与與及中和、]"
OWNED_TITLE = lazy(TITLE_OWNERS + r"(?![该該此本其这這]|上述|有关|有關|相关|相關)"
                   + r"(?P<own>(?:" + _OWNED_NAME_CHAR + r"|(?<=[\u4e00-\u9fff])[、和](?=[\u4e00-\u9fff])){3,30}?"
                   + r"(?:公约|公約|条约|條約|协定|協定|议定书|議定書|宪章|憲章))")
# a name that is a title without its organisation (海事组织国际海上人命安全公约: the UN writes 海事组织《国际海上人命安全公约》)
OWN_TITLED = ("国际", "國際", "联合国", "聯合國")
# verbs a description puts between the organisation and the instrument (世贸组织成员谈判渔业补贴协定): no title
OWNED_VERBS = lazy(r"签署|簽署|批准|加入|执行|執行|遵守|履行|缔结|締結|违反|違反|谈判|談判|通过|通過|制定|起草|审议|審議"
                   r"|成员|成員|会员国|會員國|缔约方|締約方")


# the last words of the name of an organisation or a body (世界卫生组织, 联合国开发计划署, 人权理事会): a name, which
# 《》 do not mark (ZH-P01 keeps them for the titles of instruments and reports)
BODY_NAME = lazy(r"(?:组织|組織|计划署|計劃署|规划署|規劃署|署|基金会|基金會|委员会|委員會|理事会|理事會|秘书处|秘書處"
                 r"|办事处|辦事處|办公室|辦公室|机构|機構|特派团|特派團|中心|银行|銀行|法院|联盟|聯盟|论坛|論壇"
                 # an authority (国际海底管理局, the International Seabed Authority) or a board (执行局): a body too
                 r"|管理局|执行局|執行局"
                 # a conference or an assembly that is a body of the UN (联合国贸易和发展会议, UNCTAD; 联合国环境大会):
                 # a name too; no document's title ends with 会议 or 大会 (a meeting's report ends with 报告)
                 r"|会议|會議|大会|大會)$")

# instruments delegates cite most, whose short titles are not named after the United Nations (ZH-P01): the
# title-marks rule's word list (drafter/check/ruledata/chinese.yaml); the library's clause texts and the document's own
# 《》 add the rest
WELL_KNOWN_TITLES = RULES["title-marks"].word_list("well-known-titles")
# titles with no instrument word at their end (《联合国非拘禁措施最低限度标准规则》, 《官方统计基本原则》): 规则 and 原则 are
# common nouns, so such a title is one only by this list or by the draft's own 《》 elsewhere (PLAIN_TITLE_END); the
# flagship reports of the UN system (《世界视力报告》, 《世界毒品问题报告》) likewise, 报告 being a common noun
WELL_KNOWN_PLAIN_TITLES = RULES["title-marks"].word_list("well-known-plain-titles")
PLAIN_TITLE_END = ("规则", "規則", "原则", "原則", "准则", "準則", "报告", "報告")
# a report named with who published it (环境署发布的蔓延如野火报告): the words between 发布的 and 报告, one name of Han
# characters with none of a description's words in it (的, 关于, 和, 与, 及, 对, 等, 、), are its title, unless they
# open with a word that says which report it is (这份, 最新) or end with one that says what kind (评估, 年度): matched
# on the simplified form, which keeps every offset
PUBLISHED_REPORT = lazy(r"(?:发布|发表|公布|推出)的((?:[0-9]{4}年)?[\u4e00-\u9fff]{3,14}?)报告(?!员|会|人|期)")
REPORT_DESCRIPTION = lazy(r"[的关于和与及对等之中或并了、]")
REPORT_DETERMINERS = tuple(RULES["title-marks"].word_list("report-determiners"))
REPORT_KIND_WORDS = tuple(RULES["title-marks"].word_list("report-kind-words"))
# the year of a report's edition written before its title (2024年世界毒品问题报告: the UN writes 《2024年世界毒品问题报告》)
EDITION_YEAR = lazy(r"(?<![\d０-９])[0-9０-９]{4}\s?年$")


def check(ctx: Context) -> None:
    """Half-width marks next to Chinese characters; Chinese runs without an East Asian font (one finding,
    fixed for the whole document). In an English document: full-width marks typed with a Chinese input method."""
    if ctx.lang == "en":
        nodes = [node for node in ctx.nodes if node.role not in UNREAD | {"annex"}]
        if FULL_FORM.search("\n".join(node.para.text for node in nodes)) is None:
            return  # one search over the whole text: most English drafts hold no full-width character
        symbols(ctx, [node.para for node in nodes])
        resolution_numbers(ctx, [node.para for node in nodes])
        owned = {(f.paragraph, f.column) for f in ctx.findings if f.rule in OWNED_ELSEWHERE}
        for node in nodes:
            full_width_in_english(ctx, node, owned)
        return
    if ctx.lang != "zh":
        return
    parts = [part for part in ctx.nodes if part.role not in UNREAD | {"annex"}]
    for part in parts:
        half_width(ctx, part.para, heading=part.role == "heading",
                   final=part.role not in ("preambular", "operative", "sub", "organ"),
                   marks={at: mark for (index, at), mark in ctx.split_marks.items() if index == part.para.index},
                   label_end=part.offset if part.typed is not None else 0)
    if ctx.tree.adopts is not None:  # a text the resolution adopts or passes on ("建议……通过下述决议草案：" over the
        for node in ctx.tree.annexes:  # draft): its words are the organ's own Chinese, its marks full-width (ZH-P01)
            if node.role == "annex":
                half_width(ctx, node.para)
    for part in parts:
        straight_quotes(ctx, part.para)
        english_abbreviations(ctx, part.para)
    mixed = mixed_fonts(ctx)[1]
    east_asian_font(ctx, [part.para for part in parts], mixed[3] if mixed is not None else ())
    body = [n.para for n in ctx.nodes if n.role in ("preambular", "operative", "sub", "continuation")]
    for node in ctx.nodes:
        if node.role in ("preambular", "operative"):
            lead_gloss(ctx, node)
    # the topic's line names instruments as the clauses do (议题：《巴黎协定》的执行): its titles take 《》 too (ZH-P01)
    topics = [n.para for n in ctx.nodes if n.role == "heading" and any(f.key == "topic" for f in fields_in(n.para.text))]
    title_marks(ctx, topics + body)
    word_outside_title(ctx, [n.para for n in ctx.nodes if n.role == "heading"] + body)
    english_titles(ctx, body)
    dates(ctx, [n.para for n in ctx.nodes if n.role == "heading"] + body)
    misspelt_states(ctx, body)
    sessions(ctx, body)
    symbols(ctx, [n.para for n in ctx.nodes if n.role == "heading"] + body,
            {n.para.index for n in ctx.nodes if n.role in ("preambular", "operative", "sub")})


# a session named as the press names it (第80届联大, 联大第八十届会议) or numbered in Arabic digits (大会第80届会议, 第80届
# 会议): the UN's Chinese writes the organ first and the session in Chinese numerals (大会第八十届会议, UN-H05, ZH-P02).
# A 届 not followed by the Assembly's name or 会议 (第29届奥运会, 第八十届联合国大会 as China's press writes it) is left
_ZH_SESSION_NUMBER = r"([0-9０-９]{1,3}|[零一二三四五六七八九十百]{1,6})"
SESSION_PRESS = lazy(r"(?:(联大|聯大)\s*)?第\s*" + _ZH_SESSION_NUMBER
                     + r"\s*([届屆])\s*(联大|聯大|联合国大会|聯合國大會|大会|大會|会议|會議)?")
_ZH_NUMERAL_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _session_number(written: str) -> int | None:
    """The number of a session written in digits or in Chinese numerals up to 999 (八十, 一百零六), else None."""
    digits = written.translate(HALF_DIGITS)
    if digits.isdigit():
        return int(digits)
    for number in range(1, 1000):
        if numeral_zh(number) == written:
            return number
    return None


def sessions(sink: Sink, paras: list[reader.Paragraph]) -> None:
    """UN-H05, ZH-P02: a session of the General Assembly named in a clause as the press names it (第80届联大,
    联大第80届会议) or with Arabic digits (大会第80届会议, 第80届会议): «大会第八十届会议», «第八十届会议»."""
    for para in paras:
        text = para.text
        if "届" not in text and "屆" not in text:
            continue
        for match in SESSION_PRESS.finditer(text):
            before, written, jie, after = match.groups()
            press = before is not None or after in ("联大", "聯大")
            arabic = written[0] not in "零一二三四五六七八九十百"
            if not (press or arabic and after is not None):
                continue  # 第八十届会议, 第29届奥运会: as the UN writes, or no session of a UN organ
            if arabic and not press and simplified(text[max(0, match.start() - 6):match.start()]).endswith("劳工大会"):
                continue  # 国际劳工大会第113届会议: the ILO's Chinese numbers its Conference's sessions in digits
            number = _session_number(written)
            if number is None:
                continue
            traditional = jie == "屆" or (after or "") in ("聯大", "聯合國大會", "大會", "會議")
            assembly = "大會" if traditional else "大会"
            meeting = "會議" if traditional else "会议"
            organ = press or after in ("联合国大会", "聯合國大會", "大会", "大會")
            assembly_before = text[max(0, match.start() - 2):match.start()] in ("大会", "大會")
            fixed = f"{assembly if organ and not assembly_before else ''}第{numeral_zh(number)}{jie}{meeting}"
            sink.add("session-zh", para, match.start() + 1, fix=f"write {fixed!r}",
                     edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)


def misspelt_states(ctx: Context, paras: list[reader.Paragraph]) -> None:
    """UN-H06, ZH-H02: a Member State's Chinese name misspelt in the clauses (吉尔吉斯坦, 乌滋别克斯坦 for 吉尔吉斯斯坦,
    乌兹别克斯坦), as the heading's lists are judged: a long name one character off, which no other State's name
    is (the library's names, Taiwan's and Hong Kong's included, are no slip)."""
    names = ctx.lib.state_names
    for para in paras:
        for start, end, country in names.misspelt_in_text(para.text):
            ctx.add("state-name", para, start + 1, name=para.text[start:end],
                    suggestion=did_you_mean(country.name.zh))


# the English original of a lead left in brackets right after the Chinese lead by a delegate who translated an
# English draft: 认识到（Recognizing）, 深为关切(Deeply concerned), 鼓励（Encourages）; words with small letters (an
# acronym in brackets, （UNODC）, names a body, and follows a name, not a lead)
GLOSS = lazy(r"\s*[（(]\s*([A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,5})\s*[)）]")


def lead_gloss(sink: Sink, node: Node) -> None:
    """ZH-B02/ZH-B03: a Chinese clause's lead followed by its English original in brackets (认识到（Recognizing）),
    a translator's note left in the text; the fix deletes the brackets and what they hold."""
    text = node.para.text
    start = len(text) - len(text[node.offset:].lstrip())
    if not node.lead or not text.startswith(node.lead, start):
        return
    gloss = GLOSS.match(text, start + len(node.lead))
    if gloss is None or not re.search(r"[a-z]", gloss.group(1)):
        return
    sink.add("lead-gloss", node.para, gloss.start() + 1, fix="delete the English words",
             edits=[Replace(gloss.start(), gloss.end(), "")], lead=node.lead, gloss=gloss.group(0).strip())


def symbols(sink: Sink, paras: list[reader.Paragraph], clauses: Collection[int] = ()) -> None:
    """UN-H01: a document symbol is the same in every language version, in half-width letters, digits and slashes;
    one typed in full-width forms (Ａ／ＲＥＳ／７０／１) is written in them (the fix). One a clause (a paragraph of
    ``clauses``) cites in the place of a resolution's number ("Ａ／ＲＥＳ／７０／１号决议") is written as the Chinese cites
    it, «第70/1号决议», in half-width digits (resolution-citation's fix, which leaves the finding to this rule)."""
    for para in paras:
        cited = symbols_cited(para.text) if para.index in clauses and "ＲＥＳ" in para.text else []
        for match in SYMBOL_TYPED.finditer(para.text):
            citation = next(((m.start(), m.end() + 2, fixed) for m, fixed in cited
                             if m.start() <= match.start() < m.end()), None)
            if citation is not None:
                found = match.group(0).rstrip(".．-－")
                start, end, fixed = citation
                sink.add("symbol-full-width", para, match.start() + 1, fix=f"write {fixed}",
                         edits=[Replace(start, end, fixed)], found=found, fixed=unicodedata.normalize("NFKC", found))
                continue
            found = match.group(0).rstrip(".．-－")
            fixed = unicodedata.normalize("NFKC", found)
            if fixed != found and UN_SYMBOL.fullmatch(fixed):
                sink.add("symbol-full-width", para, match.start() + 1, fix=f"write {fixed}",
                         edits=[Replace(match.start(), match.start() + len(found), fixed)], found=found, fixed=fixed)


# a resolution's number cited in English text ("resolution 77/289", "resolutions 70/1 and 76/300"), the short form of
# its symbol A/RES/77/289: typed with full-width digits or slash by an input method left in full-width mode
RESOLUTION_NUMBER = lazy(r"\bresolutions?[ \u3000]+((?:[0-9０-９]{1,3}[/／][0-9０-９]{1,4}(?:,?[ \u3000]+(?:and[ \u3000]+)?)?)+)")
NUMBER_TYPED = lazy(r"[0-9０-９]{1,3}[/／][0-9０-９]{1,4}")


def resolution_numbers(sink: Sink, paras: list[reader.Paragraph]) -> None:
    """UN-H01, UN-B15: a resolution's number cited in English text is its symbol's short form, in half-width digits
    and slash; one typed in full-width forms ("resolution ７７／２８９") is written in them (the fix)."""
    for para in paras:
        if "resolution" not in para.text:
            continue
        for cited in RESOLUTION_NUMBER.finditer(para.text):
            for match in NUMBER_TYPED.finditer(para.text, cited.start(1), cited.end(1)):
                found = match.group(0)
                fixed = unicodedata.normalize("NFKC", found)
                if fixed != found:
                    sink.add("symbol-full-width", para, match.start() + 1, fix=f"write {fixed}",
                             edits=[Replace(match.start(), match.end(), fixed)], found=found, fixed=fixed)


def dates(sink: Sink, paras: list[reader.Paragraph]) -> None:
    """ZH-P02: a date in a Chinese resolution (its text, or a date line of its heading) written 2019.12.18 or
    2019-12-18, day first (18/12/2019), in the Republic of China calendar (民國108年12月18日), with full-width digits
    (２０１９年12月, UN-B18) or Arabic-Indic ones (٢٠١٩年12月), with 号 for the day (2019年12月18号) or in the English
    order (12月18日2019年), or in Chinese numerals as a 公文 is dated (二〇一九年十二月十八日), not 2019年12月18日."""
    for para in paras:
        found: list[tuple[int, str, str]] = _numeral_dates(para.text) if "年" in para.text else []
        if DIGIT.search(para.text) is None:  # every other date form holds a digit (of either width)
            for start, text, fixed in found:
                sink.add("date-zh", para, start + 1, found=text, fixed=fixed)
            continue
        for match in NUMERIC_DATE.finditer(para.text):
            year, month, day = (int(g) for g in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((match.start(), match.group(0), f"{year}年{month}月{day}日"))
        for match in DAY_FIRST_DATE.finditer(para.text):
            first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
            day, month = (second, first) if first <= 12 < second else (first, second)
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((match.start(), match.group(0), f"{year}年{month}月{day}日"))
        for match in ROC_DATE.finditer(para.text):
            roc_month, roc_day = match.group(2), match.group(3)
            if roc_month is not None and not 1 <= int(roc_month) <= 12 or roc_day is not None and not 1 <= int(roc_day) <= 31:
                continue
            fixed = (f"{int(match.group(1)) + ROC_EPOCH}年" + (f"{int(roc_month)}月" if roc_month else "")
                     + (f"{int(roc_day)}日" if roc_day else ""))
            found.append((match.start(), match.group(0), fixed))
        for match in HAO_DATE.finditer(para.text) if "号" in para.text or "號" in para.text else ():
            year, month, day = (int(g.translate(HALF_DIGITS)) for g in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((match.start(), match.group(0), f"{year}年{month}月{day}日"))
        found += _english_dates(para.text) if ENGLISH_MONTH.search(para.text) and CJK.search(para.text) else []
        for pattern in ENGLISH_ORDER_DATES if "月" in para.text else ():
            for match in pattern.finditer(para.text):
                month, day = int(match.group("month")), int(match.group("day"))
                if 1 <= month <= 12 and 1 <= day <= 31:
                    found.append((match.start(), match.group(0), f"{match.group('year')}年{month}月{day}日"))
        wide = FULL_WIDTH_DIGIT.search(para.text) is not None  # most paragraphs have none: no date to look for
        for match in WIDE_DATE.finditer(para.text) if wide else ():
            if FULL_WIDTH_DIGIT.search(match.group(0)) and not any(start == match.start() for start, _, _ in found):
                found.append((match.start(), match.group(0),
                              re.sub(r"\s", "", match.group(0)).translate(WESTERN_DIGITS)))
        for start, text, fixed in sorted(found):
            sink.add("date-zh", para, start + 1, found=text, fixed=fixed)


def _numeral_dates(text: str) -> list[tuple[int, str, str]]:
    """(where, the date as typed, the date in Arabic digits) for each date ``text`` writes in Chinese numerals."""
    found = []
    for match in NUMERAL_DATE.finditer(text):
        typed = match.group(0)
        year, _, rest = re.sub(r"\s", "", typed).partition("年")
        month, _, day = rest.partition("月")
        fixed = "".join(str(NUMERALS[c]) for c in year) + "年"
        fixed += f"{_counted(month)}月" if month else ""
        fixed += f"{_counted(day[:-1])}日" if day else ""
        found.append((match.start(), typed, fixed))
    return found


def _counted(number: str) -> int:
    """A month's or a day's number counted in Chinese numerals: 六 6, 十 10, 十二 12, 二十六 26."""
    tens, ten, units = number.partition("十")
    if not ten:
        return NUMERALS[number]
    return (NUMERALS[tens] if tens else 1) * 10 + (NUMERALS[units] if units else 0)


def _english_dates(text: str) -> list[tuple[int, str, str]]:
    """(where, the date as typed, the date written the Chinese way) for each date ``text`` leaves in English next to
    a Chinese character."""
    found = []
    for pattern in ENGLISH_DATES:
        for match in pattern.finditer(text):
            before, after = text[:match.start()].rstrip(), text[match.end():].lstrip()
            if not (CJK.search(before[-1:]) or CJK.search(after[:1])):
                continue
            month = next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(match.group("month")[:3]))
            day = int(match.group("day")) if match.group("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            fixed = f"{match.group('year')}年{month}月" + (f"{day}日" if day else "")
            found.append((match.start(), match.group(0), fixed))
    return found


def _english_label_colon(text: str) -> int:
    """Where the colon after an English label of a heading field stands ("Topic: 网络诈骗"); -1 when there is none."""
    for field in fields_in(text):
        colon = text.rfind(":", field.start, field.value_start)
        if english_label(field) and colon >= 0:
            return colon
    return -1


def half_width(sink: Sink, para: reader.Paragraph, *, heading: bool = False, final: bool = True,
               marks: dict[int, str] | None = None, label_end: int = 0) -> None:
    """Each half-width mark next to Chinese text in ``para``, fixed to its full-width form (or to the mark
    ``marks`` names at its position: the end mark of a clause a fix splits off after it, "；" for ","); the
    paragraph's last mark only when ``final`` (the paragraph-end rules of a resolution report it); in a
    ``heading`` line, the colons of "Distr.:" and "Original:" are English. The point of a typed label (before
    ``label_end``: "３." typed with a full-width digit; the "?" a bullet glyph lost in pasting left) is the label's,
    whose form the numbering rules judge."""
    text = para.text
    if not CJK.search(text):
        return
    taken = 0  # where the last replaced span ends
    for position, char in half_width_in_chinese(text):
        if heading and char == ":" and (text.strip().startswith(("Distr", "Original"))
                                        or position == _english_label_colon(text)):
            continue  # English by rule (UN-H02), or the colon of an English label, which heading-label-english mends
        if position == len(text.rstrip()) - 1 and not final:
            continue
        if char in ".?" and position < label_end:
            continue
        full = (marks or {}).get(position, HALF_TO_FULL[char])
        # the spaces after a mark before a split line break go with the break
        start, end = (position, position + 1) if position in (marks or {}) else _with_spaces(text, position, taken)
        taken = end
        sink.add("half-width-zh", para, position + 1, fix=f"'{char}' → '{full}'",
                 edits=[Replace(start, end, full)], char=char, full=full)


# straight double quotes typed round Chinese words ("零容忍"): Chinese quotes with “…” (ZH-P01, UN-B18)
STRAIGHT_QUOTED = lazy(r'"([^"\n]{1,80})"')


def straight_quotes(sink: Sink, para: reader.Paragraph) -> None:
    """Each pair of straight quotes round Chinese words in ``para``, fixed to “…”. A quoted English title is
    english_titles', a quoted instrument title title_marks' (which writes 《》): both are left to them."""
    text = para.text
    if '"' not in text or not CJK.search(text):
        return
    for match in STRAIGHT_QUOTED.finditer(text):
        inner = match.group(1).strip()
        if not CJK.search(inner) or inner.endswith(INSTRUMENT_END):
            continue
        sink.add("half-width-zh", para, match.start() + 1, fix="'\"' → '“”'",
                 edits=[Replace(match.start(), match.start() + 1, "“"), Replace(match.end() - 1, match.end(), "”")],
                 char='"', full="“”")


# English abbreviations left between Chinese words (……，e.g. 培训执法人员) with the Chinese word for each: half-width-zh's
# rule data, longest first, matched in any case
ZH_ABBREVIATIONS = {word.lower(): said[0] for word, said in RULES["half-width-zh"].word_map("english-abbreviations").items()}
ABBREVIATION = lazy(r"(?i)(?<![A-Za-z.])(" + "|".join(re.escape(word) for word in sorted(ZH_ABBREVIATIONS, key=len,
                                                                                         reverse=True)) + r")\s*")
_CJK_OR_MARK = lazy(CJK_CHAR)


def english_abbreviations(sink: Sink, para: reader.Paragraph) -> None:
    """Each English abbreviation (e.g., i.e., etc.) standing between Chinese words in ``para``, fixed to the Chinese
    word: its half-width points are English punctuation inside Chinese text (ZH-P01)."""
    text = para.text
    if "." not in text or not CJK.search(text):
        return
    for match in ABBREVIATION.finditer(text):
        before, after = text[:match.start()].rstrip()[-1:], text[match.end():][:1]
        if not (before and after and _CJK_OR_MARK.match(before) and _CJK_OR_MARK.match(after)):
            continue
        word, full = match.group(1), ZH_ABBREVIATIONS[match.group(1).lower()]
        start = len(text[:match.start()].rstrip())  # the spaces before it go with it
        sink.add("half-width-zh", para, match.start() + 1, fix=f"'{word}' → '{full}'",
                 edits=[Replace(start, match.end(), full)], char=word, full=full)


# the marks a Chinese input method types where English text wants its own: the full-width comma, semicolon, colon,
# full stop, enumeration comma (for a list's comma), question and exclamation marks and brackets (ZH-P01's marks
# the other way round: UN English writes «,» «;» «:» «.», UN-B05, UN-B09, UN-B11)
FULL_IN_ENGLISH = {"，": ",", "、": ",", "；": ";", "：": ":", "。": ".", "？": "?", "！": "!", "（": "(", "）": ")",
                   # the corner quotes of Taiwan, Hong Kong and Macau round English words: English quotes with “…”
                   "「": "“", "」": "”", "『": "‘", "』": "’"}
FULL_MARK = lazy("[" + "".join(FULL_IN_ENGLISH) + "]")
# any character an input method types in full-width mode: the marks above, full-width letters, digits and slashes
FULL_FORM = lazy("[" + "".join(FULL_IN_ENGLISH) + "\u3000\uff01-\uff5e]")
OPENING = "(“‘"  # marks that take a space before them after a word and none after
# the rules that judge a full-width mark in English text as something else than its width, at its own place: a comma
# between a lead and its text is to be deleted (lead-comma), a full stop ending a sentence inside a clause is the
# sentence's end (stray-full-stop)
OWNED_ELSEWHERE = frozenset({"lead-comma", "stray-full-stop"})
# the roles whose last mark the paragraph-end rules judge (a preambular paragraph's "，" is preambular-end's finding)
END_JUDGED = ("organ", "preambular", "operative", "sub", "continuation")


def full_width_in_english(sink: Sink, node: Node, owned: Collection[tuple[int, int]] = ()) -> None:
    """Each full-width mark in the English text of ``node`` ("workers，which", "Japan、Republic of Korea",
    "Committee：General Assembly", "contracts（in particular…）"), fixed to its half-width form with the space English
    puts after it; not the paragraph's end mark where a paragraph-end rule judges it, not a typed label's mark
    ("1、", the numbering rules' finding), nor a mark touching Chinese characters (a Chinese name quoted in the
    English text keeps its own punctuation), nor one another rule reports at its place (``owned``: paragraph and
    column of each such finding; :data:`OWNED_ELSEWHERE`)."""
    text = node.para.text
    if FULL_MARK.search(text) is None:  # most English paragraphs: nothing to look at
        return
    last = len(text.rstrip()) - 1
    label_end = node.offset if node.typed is not None else 0
    for match in FULL_MARK.finditer(text):
        position, char = match.start(), match.group(0)
        if position < label_end or (position == last and node.role in END_JUDGED):
            continue
        if (node.para.index, position + 1) in owned:
            continue
        before, after = text[:position].rstrip(SPACES)[-1:], text[position + 1:].lstrip(SPACES)[:1]
        if CJK.search(before) or CJK.search(after):
            continue
        half = FULL_IN_ENGLISH[char]
        start, end, fixed = _half_span(text, position, half)
        sink.add("full-width-en", node.para, position + 1, fix=f"'{char}' → '{fixed.strip()}'",
                 edits=[Replace(start, end, fixed)], char=char, half=half)


def _half_span(text: str, position: int, half: str) -> tuple[int, int, str]:
    """The span the half-width ``half`` replaces at ``position`` and what replaces it: no space before a mark or a
    closing bracket and one after it before a word; one space before an opening bracket after a word."""
    start, end = position, position + 1
    if half in OPENING:
        while start > 0 and text[start - 1] in SPACES:
            start -= 1
        return start, end, (" " + half if start and text[start - 1].isalnum() else half)
    while start > 0 and text[start - 1] in SPACES:
        start -= 1
    follows = text[end:end + 1]
    return start, end, half + (" " if follows and (follows.isalnum() or follows in "(\"“") else "")




def east_asian_font(sink: Sink, paras: list[reader.Paragraph], mixed: Collection[int] = ()) -> None:
    """Chinese runs without an East Asian font that has Chinese characters (none set, or a Latin one such as
    Liberation Serif): a document-wide setting, one finding fixed everywhere. A paragraph of ``mixed`` (those the
    fonts-mixed rule reports) whose Chinese text names a Latin font is left to that rule: a clause pasted in Times
    New Roman among clauses in 宋体 is one fault, a font mixed in."""
    def lacking(p: reader.Paragraph) -> list[reader.Run]:
        return [r for r in p.runs if CJK.search(r.text) and without_chinese_font(r.east_asia)]

    missing = [p for p in paras if (runs := lacking(p)) and not (p.index in mixed and all(r.east_asia for r in runs))]
    if missing:
        sink.add("east-asian-font", missing[0], fix="set the East Asian font to SimSun",
                 edits=[Correction(EastAsianFont("SimSun"), everywhere=True)]).cover(p.index for p in missing)


def _with_spaces(text: str, position: int, taken: int) -> tuple[int, int]:
    """The span a full-width mark replaces: the half-width mark at ``position`` with the spaces around it
    (a full-width mark carries its own space: "时, 充分" becomes "时，充分"), not reaching back before ``taken``."""
    start, end = position, position + 1
    while start > taken and text[start - 1] in SPACES:
        start -= 1
    while end < len(text) and text[end] in SPACES:
        end += 1
    return start, end


def title_marks(sink: Sink, body: list[reader.Paragraph]) -> None:
    """ZH-P01: an instrument's title without 《》 in the paragraphs ``body``: a title the library or this document
    writes in 《》 elsewhere, a well-known one, or one recognised by its shape (``INSTRUMENT``); also one written in
    other marks (<<巴黎协定>>, 〈京都议定书〉, “联合国宪章” where no 题为 names it, 「关于……的公约」, 『联合国宪章』), which the
    fix replaces; a report's title in quotation marks before 报告 (“世界人口状况”报告); and any title in the
    chapter-title marks 〈〉 outside 《》 (〈全球贩运人口问题报告〉: a report's title has no shape to know it by, but its
    marks say it is a title)."""
    own = {title for para in body for title in marked_titles(para.text)}
    own |= {short for title in own if (short := _without_owner(title))}
    titles = library_finder(sink.lib).with_titles(own)
    shorts = {title for para in body for title in short_titles(para.text)}
    plain = sorted(WELL_KNOWN_PLAIN_TITLES | {title for para in body for title in plain_titles(para.text)},
                   key=len, reverse=True)
    for para in body:
        text = para.text
        found = list(_bare_plain_titles(text, plain))
        if (INSTRUMENT_WORD.search(text) or CORNER_DOCUMENT.search(text) or CORNER_PLAN_QUOTED.search(text)
                or QUOTED_REPORT.search(text) or UN_PLAN_QUOTED.search(text)):
            marked = [(m.start(), m.end()) for m in TITLED.finditer(text)] + _title_split_off(text)
            found += [span for span in _unmarked_titles(text, marked, titles)
                      if not any(span[0] < stop and begin < span[1] for begin, stop, _ in found)]
            found += [span for span in _bare_short_titles(text, shorts, marked)
                      if not any(span[0] < stop and begin < span[1] for begin, stop, _ in found)]
        found += [span for span in _angle_titles(text) if not any(span[0] < stop and begin < span[1]
                                                                  for begin, stop, _ in found)]
        found += [span for span in _published_reports(text) if not any(span[0] < stop and begin < span[1]
                                                                       for begin, stop, _ in found)]
        for start, end, title in _nested_titles(text):  # 《《联合国海洋法公约》下……协定》: the inner title takes 〈〉
            fixed = f"〈{title}〉"
            sink.add("title-marks", para, start + 1, fix=f"write {fixed}",
                     edits=[Replace(start, end, fixed)], title=title, fixed=fixed)
        for start, end, title in sorted(found):
            fixed = f"《{title}》"
            sink.add("title-marks", para, start + 1, fix=f"write {fixed}",
                     edits=[Replace(start, end, fixed)], title=title, fixed=fixed)
    body_names_marked(sink, body)


def _nested_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """ZH-P01: the titles ``text`` writes in 《》 inside another title's 《》 (《《联合国海洋法公约》下国家管辖范围以外区域
    海洋生物多样性的养护和可持续利用协定》): Chinese marks a title inside a title with 〈〉, as the UN's Chinese does
    (《关于执行1982年12月10日〈联合国海洋法公约〉第十一部分的协定》); the span of the inner title with its marks and
    the title. Only where the outer title closes too (a stray 《 is another fault)."""
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == "《":
            opened.append(index)
        elif char == "》" and opened:
            start = opened.pop()
            if opened and "》" in text[index + 1:] and 2 <= index - start - 1 <= 80:
                yield start, index + 1, text[start + 1:index]


# the name of the organisation an instrument's title may open with (《世卫组织大流行协定》, 《联合国反腐败公约》): the text
# often cites the instrument again without it (大流行协定, 反腐败公约), which is the same title and takes 《》 as well
TITLE_OWNER = lazy(r"^(?:联合国|聯合國|世卫组织|世衛組織|世界卫生组织|世界衛生組織|劳工组织|勞工組織|国际劳工组织|國際勞工組織"
                   r"|教科文组织|教科文組織|欧洲委员会|歐洲委員會|非洲联盟|非洲聯盟|非盟)")


def _without_owner(title: str) -> str:
    """``title`` without the organisation's name it opens with (世卫组织大流行协定 → 大流行协定), where what is left is
    a title still: five characters or more, as ``marked_titles`` asks of a title (反腐败公约; not 宪章); "" otherwise."""
    owner = TITLE_OWNER.match(title)
    rest = title[owner.end():] if owner else ""
    return rest if len(rest) >= 5 and rest.endswith(INSTRUMENT_END + COMPACT_END) else ""


def plain_titles(text: str) -> Iterator[str]:
    """The titles with no instrument word at their end (``PLAIN_TITLE_END``) ``text`` writes in 《》, six characters or
    more (《官方统计基本原则》; 《规则》, 《基本原则》 are words too short to tell a title by)."""
    for marked in TITLED.findall(text):
        title = marked[1:-1]
        if len(title) >= 6 and title.endswith(PLAIN_TITLE_END) and not re.search(r"[，。；：、,;:]", title):
            yield title
        period = TITLE_PERIOD.search(title)
        if period is not None and len(name := title[:period.start()]) >= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
            yield name  # 《联合国森林战略规划（2017—2030年）》 cited again as 联合国森林战略规划: the same title


# the period a plan's or a decade's title names in brackets at its end (《联合国森林战略规划（2017—2030年）》,
# 《仙台减少灾害风险框架（2015-2030年）》): the words before it are the title the text may cite again without it
PERIOD_IN_BRACKETS = r"[（(]\s*\d{4}\s*[—–\-－~～至到]+\s*\d{4}\s*年?\s*[)）]"
TITLE_PERIOD = lazy(PERIOD_IN_BRACKETS + "$")
PERIOD_AFTER = lazy(PERIOD_IN_BRACKETS)


def _bare_plain_titles(text: str, plain: list[str]) -> Iterator[tuple[int, int, str]]:
    """The places ``text`` writes one of the ``plain`` titles (longest first) outside 《》 (and so outside a longer title
    in 《》 that holds it), not as the short name in brackets after a title: the span and the title."""
    form = simplified(text)
    if not any(end in form for end in PLAIN_TITLE_END) and not any(title in form for title in plain):
        return
    depth, outside = 0, []
    for char in text:
        depth = depth + 1 if char == "《" else max(depth - 1, 0) if char == "》" else depth
        outside.append(depth == 0 and char not in "《》")
    taken: list[tuple[int, int]] = []
    for title in plain:
        start = form.find(title)
        while start != -1:
            end = start + len(title)
            # the short name in brackets after the full title (《……标准规则》（纳尔逊·曼德拉规则）) keeps none
            if all(outside[start:end]) and not any(start < stop and begin < end for begin, stop in taken) \
                    and not re.search(r"》\s*[(（]$", text[:start]):
                period = PERIOD_AFTER.match(text, end)
                end = period.end() if period is not None else end  # its period in brackets goes inside 《》
                taken.append((start, end))
                year = EDITION_YEAR.search(text[:start]) if title.endswith(("报告", "報告")) else None
                begin = year.start() if year is not None and all(outside[year.start():start]) else start
                yield begin, end, text[begin:end]
            start = form.find(title, end)


def _published_reports(text: str) -> Iterator[tuple[int, int, str]]:
    """The reports ``text`` names bare after who published them (……发布的蔓延如野火报告, ……發布的全球糧食危機報告):
    the span of the title with its 报告 and the title, where the words before 报告 are one name
    (``PUBLISHED_REPORT``) and not a description's (``REPORT_DESCRIPTION``, ``REPORT_DETERMINERS``,
    ``REPORT_KIND_WORDS``: 该机构发布的年度报告, 发布的关于……的报告)."""
    if "报告" not in (form := simplified(text)):
        return
    for m in PUBLISHED_REPORT.finditer(form):
        name = re.sub(r"^[0-9]{4}年", "", m.group(1))
        if (len(name) < 3 or REPORT_DESCRIPTION.search(name) or name.startswith(REPORT_DETERMINERS)
                or name.endswith(REPORT_KIND_WORDS)):
            continue
        yield m.start(1), m.end(), text[m.start(1):m.end()]


def _title_split_off(text: str) -> list[tuple[int, int]]:
    """The part of a title whose 《》 stand in two paragraphs (a clause broken by a stray paragraph mark inside the
    title: "……执行《控制危险废料越境转移及其处置巴塞尔公约" / "》关于塑料废物的修正案；", "重申《" / "联合国海洋法公约》……"):
    the words before a "》" that closes no "《" of its paragraph, and those after a "《" that no "》" closes. They are
    in title marks on the page; the break is the fault (``paragraph-broken``)."""
    spans = []
    close = text.find("》")
    if close != -1 and "《" not in text[:close]:
        spans.append((0, close + 1))
    opening = text.rfind("《")
    if opening != -1 and "》" not in text[opening:]:
        spans.append((opening, len(text)))
    return spans


def word_outside_title(sink: Sink, paras: list[reader.Paragraph]) -> None:
    """ZH-P01: a title whose marks close before the word that ends it (《中东无核区》条约 for 《中东无核区条约》), in the
    heading's lines (a paper's title, its topic) and in the clauses."""
    for para in paras:
        for match in WORD_OUTSIDE_TITLE.finditer(para.text):
            title = match.group(1) + match.group(2)
            fixed = f"《{title}》"
            sink.add("title-marks", para, match.start() + 1, fix=f"write {fixed}",
                     edits=[Replace(match.start(), match.end(), fixed)], title=title, fixed=fixed)


# an instrument's title whose marks close before its last word, the word that says what the instrument is
# (《中东无核区》条约, 《禁止化学武器》公约): the word belongs inside (ZH-P01). Not after a title that already ends with
# such a word (《儿童权利公约》议定书 names the Convention's protocol); the UN's Chinese texts (GA74, SC2020) print none
WORD_OUTSIDE_TITLE = lazy(r"《([^《》]{2,40}?)(?<!公约|条约|協定|协定|宣言|宪章|规约|盟约|公約|條約|憲章|規約)(?<!议定书|議定書)》"
                          r"(条约|公约|协定|议定书|宣言|宪章|规约|盟约|條約|公約|協定|議定書|憲章|規約)")


# an instrument's English title quoted in Chinese text ("Budapest Convention", “Paris Agreement”, 「Rome Statute」),
# pasted from an English draft: capitalised words (with of / on / the / and / for … between them) that end with the
# word of an instrument, the English article before them or not ("the Budapest Convention"); UN Chinese writes the
# instrument's Chinese title in 《》 (ZH-P01)
ENGLISH_TITLE = lazy(r"(?P<open>[\"“「『‘'])(?:the\s+)?(?P<title>[A-Z][A-Za-z0-9'’.,\-]*(?:\s+[A-Za-z0-9'’.,()\-]+){1,15}?)"
                     r"(?P<close>[\"”」』’'])")
# the words of an instrument, one of which an English title holds (the Convention on the Rights of the Child, the
# Madrid International Plan of Action on Ageing, the Rome Statute, the Budapest Convention), and of an outcome
# document or a set of principles the UN's Chinese writes in 《》 too (the Pact for the Future 《未来契约》, the Sevilla
# Commitment 《塞维利亚承诺》, the Monterrey Consensus 《蒙特雷共识》, the Guiding Principles on Business and Human Rights,
# the Global Counter-Terrorism Strategy)
ENGLISH_INSTRUMENT = lazy(r"\b(?:Convention|Agreement|Treaty|Protocol|Declaration|Charter|Covenant|Statute|Accords?"
                          r"|Agenda|Framework|Plan of Action|Programme of Action|Program of Action|Platform for Action"
                          r"|Compact|Pact|Commitments?|Consensus|Principles|Guidelines|Strategy)\b")
# the same words anywhere, glued to Chinese ones too (回顾Paris Agreement以及: 以 is a word's letter to \b)
ENGLISH_INSTRUMENT_WORD = lazy(r"Convention|Agreement|Treaty|Protocol|Declaration|Charter|Covenant|Statute|Accord|Agenda"
                               r"|Framework|Plan of Action|Programme of Action|Program of Action|Platform for Action"
                               r"|Compact|Pact|Commitment|Consensus|Principles|Guidelines|Strategy")
# the small words a title writes in lower case between its capitalised ones (Convention on the Rights of the Child)
TITLE_SMALL_WORDS = frozenset({"of", "on", "the", "and", "for", "to", "in", "against", "with", "from", "at", "de", "a",
                               "an", "by", "concerning", "relating", "between", "among", "under", "or"})
_CLOSING_OF = {'"': '"', "“": "”", "「": "」", "『": "』", "‘": "’", "'": "'"}
# the same title typed bare between Chinese words, its marks left out too ("回顾Budapest Convention以及……"): capitalised
# words with no quotation mark, bracket or letter next to them
ENGLISH_TITLE_BARE = lazy(r"(?<![A-Za-z0-9'’\"“「『‘])(?:the\s+)?(?P<title>[A-Z][A-Za-z0-9'’\-]*(?:\s+[A-Za-z0-9'’\-]+){1,15})"
                          r"(?![A-Za-z0-9'’\-])")
# what may follow a title standing in Chinese text: a Chinese word or a Chinese mark (，。；：、)
CHINESE_AFTER = lazy(r"[\u4e00-\u9fff，。；：、]")


def english_titles(sink: Sink, body: list[reader.Paragraph]) -> None:
    """ZH-P01: an instrument's English title in quotation marks inside Chinese text ("Budapest Convention"): the
    Chinese title belongs there, in 《》. Only where Chinese text stands right before or after the quotation (an
    English sentence quoted in a Chinese draft keeps its own marks); 题为“……” names an item, not an instrument. The
    title typed bare between Chinese words (回顾Budapest Convention以及……) is one too."""
    for para in body:
        text = para.text
        for match in ENGLISH_TITLE.finditer(text):
            title = match.group("title")
            if _CLOSING_OF[match.group("open")] != match.group("close") or not _english_title(title):
                continue  # unmatched marks, a name that is no instrument's ("Team Europe"), a quoted sentence
            before, after = text[:match.start()].rstrip(), text[match.end():].lstrip()
            if not (CJK.search(before[-1:]) or CJK.search(after[:1])) or NAMED_AS.search(before):
                continue
            sink.add("title-english", para, match.start() + 1, title=title)
        bare = ENGLISH_INSTRUMENT_WORD.search(text) is not None and CJK.search(text) is not None  # a title holds one
        for match in ENGLISH_TITLE_BARE.finditer(text) if bare else ():
            # typed bare: Chinese on both sides, so that an English sentence or a gloss in brackets is not read so
            title = match.group("title")
            before, after = text[:match.start()].rstrip(), text[match.end():].lstrip()
            if _english_title(title) and CJK.search(before[-1:]) and CHINESE_AFTER.match(after[:1]) \
                    and not NAMED_AS.search(before):
                sink.add("title-english", para, match.start() + 1, title=title)


def _english_title(title: str) -> bool:
    """``title`` reads as an instrument's English title: capitalised words (small ones between) holding the word of
    an instrument."""
    return bool(ENGLISH_INSTRUMENT.search(title)) and all(
        word[0].isupper() or word[0].isdigit() or word[0] == "(" or word.casefold() in TITLE_SMALL_WORDS
        for word in title.split())


def body_names_marked(sink: Sink, body: list[reader.Paragraph]) -> None:
    """ZH-P01: the name of an organisation or a body written in 《》 as if it were a title (《世界卫生组织》,
    《联合国开发计划署》); the fix takes the marks away. A title that ends with such a name and goes on to an
    instrument word (《世界卫生组织组织法》) ends with that word, so it is no body's name."""
    for para in body:
        for match in TITLED.finditer(para.text):
            name = match.group(0)[1:-1]
            if BODY_NAME.search(name) and not name.endswith(INSTRUMENT_END):
                sink.add("title-marks-body", para, match.start() + 1, fix=f"write {name}",
                         edits=[Replace(match.start(), match.end(), name)], name=name)


def marked_titles(text: str) -> Iterator[str]:
    """The instrument titles ``text`` writes in 《》, five characters or more (shorter ones are also common nouns:
    和平协定, a peace agreement)."""
    for marked in TITLED.findall(text):
        title = marked[1:-1]
        if len(title) >= 5 and title.endswith(INSTRUMENT_END + COMPACT_END):
            yield title


# an instrument's short title the text writes in 《》 (《宪章》, 《盟约》, 《公约》: a word that is a common noun as well)
# typed bare before the article, chapter or paragraph it cites (宪章第七章, 盟约第十六条第三款): the UN's Chinese keeps
# the marks on the short title too (《宪章》第七章; ZH-P01, UN-B18). Only before such a reference, where the word can
# only be that title; not where it ends a longer name typed bare (国际联盟盟约第十条: the long title's own finding)
SHORT_TITLE_REFERENCE = lazy(r"\s*第[一二三四五六七八九十百零〇两\d]{1,6}[条條章款段]")
LONGER_NAME_BEFORE = lazy(r"(?:联盟|聯盟|联合国|聯合國|国际|國際|人权|人權|区域|區域|框架|本|该|該|此|各项|各項|有关|有關)$")


def short_titles(text: str) -> Iterator[str]:
    """The short titles of instruments (two to four characters, an instrument word at their end: 《宪章》, 《盟约》)
    ``text`` writes in 《》."""
    for marked in TITLED.findall(text):
        title = marked[1:-1]
        if 2 <= len(title) < 5 and title.endswith(INSTRUMENT_END):
            yield title


def _bare_short_titles(text: str, shorts: set[str], marked: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """ZH-P01: each short title of ``shorts`` (written in 《》 elsewhere in the text) typed bare right before the
    article or chapter it cites (盟约第十六条), outside the spans ``marked`` (the text's own 《》)."""
    for title in shorts:
        for m in re.finditer(re.escape(title), text):
            start, end = m.start(), m.end()
            if any(begin <= start < stop for begin, stop in marked) or text[:start].endswith("《"):
                continue
            if SHORT_TITLE_REFERENCE.match(text, end) and not LONGER_NAME_BEFORE.search(text[:start]):
                yield start, end, title


def _unmarked_titles(text: str, marked: list[tuple[int, int]],
                     titles: TitleFinder) -> Iterator[tuple[int, int, str]]:
    """Instrument titles of ``text`` (``titles``: the known ones) outside 《》, each reported once, in order: the span
    to replace (the title with the wrong marks around it, if any) and the title."""
    taken = list(marked)
    found: list[tuple[int, int, str]] = []
    for m in QUOTED.finditer(text):  # 题为“……”: the UN quotes the title of an item or a resolution it names
        inner = m.group(0)[1:-1]
        report = QUOTED_REPORT.match(text, m.start()) is not None and CJK.search(inner) is not None
        # a commitment's name in quotation marks (成果文件“塞维利亚承诺”) is named as the UN names an outcome it
        # quotes; only one typed bare is reported (whether UN Chinese prints it in 《》 or “” varies)
        if ((report or _is_title(inner, titles, corner=m.group(0)[0] in "「『"))
                and not NAMED_AS.search(text[:m.start()]) and not inner.endswith(("承诺", "承諾"))):
            found.append((m.start(), m.end(), inner))
        taken.append((m.start(), m.end()))
    # each candidate: its span, and the pattern and match group to cut it past a word before the name with (once
    # it would be reported: jieba's dictionary, half a second to load, is asked only then)
    candidates: list[tuple[int, int, _Recut | None]] = [(start, end, None) for start, end in titles.spans(text)]
    candidates += [(m.start(), m.end(), (INSTRUMENT, m, 0)) for m in _instruments(text)
                   if TITLE_FOLLOWER.match(_after_marks(text, m.end()))]
    candidates += [(m.start(1), m.end(1), (pattern, m, 1)) for pattern in (YEAR_ABOUT_TITLE, PLACE_ABOUT_TITLE)
                   for m in pattern.finditer(text)
                   if not DEMONSTRATIVE.search(m.group(1)) and TITLE_FOLLOWER.match(_after_marks(text, m.end()))]
    candidates += [(m.start("own") if m.group("own").startswith(OWN_TITLED) else m.start(), m.end(), None)
                   for m in OWNED_TITLE.finditer(text)
                   if not OWNED_VERBS.search(m.group(0)) and TITLE_FOLLOWER.match(_after_marks(text, m.end()))]
    candidates += [(m.start(), m.end(), None) for m in _titles_after_years(text)
                   if TITLE_FOLLOWER.match(_after_marks(text, m.end()))]
    candidates += [(m.start(), m.end(), None) for m in YEAR_RANGE_TITLE.finditer(text)
                   if not DESCRIPTIVE.search(m.group(1)) and not YEAR_RANGE_WORDS.search(m.group(1))
                   and TITLE_FOLLOWER.match(_after_marks(text, m.end()))]
    def blocked(start: int, end: int) -> bool:
        """The span meets a title already taken, or the name goes on after it."""
        return any(start < stop and begin < end for begin, stop in taken) or NAME_GOES_ON.match(text[end:]) is not None

    for start, end, recut in sorted(candidates, key=lambda span: (span[0], -span[1])):
        if blocked(start, end):
            continue
        if recut is not None and (cut := _past_word_before(text, *recut)) != (start, end):
            start, end = cut
            if blocked(start, end) or not TITLE_FOLLOWER.match(_after_marks(text, end)):
                continue
        if text[:start].endswith(("》(", "》（")) and not (text[start:end].endswith(INSTRUMENT_END)
                                                         and text[end:end + 1] in ")）"):
            # the short name in brackets after the title: 《小岛屿发展中国家快速行动方式》(萨摩亚途径); one that ends with an
            # instrument's word is a title and the UN's Chinese writes it in 《》 (ga74, sc2020: 《伦敦公约》, 《鱼类种群协定》,
            # 《第十一部分协定》, 《极地守则》 in brackets after the full title)
            continue
        taken.append((start, end))
        begin, stop = start, end
        for opening, closing in WRONG_TITLE_MARKS:
            if text.endswith(opening, 0, start) and text.startswith(closing, end):
                begin, stop = start - len(opening), end + len(closing)
                break
        found.append((begin, stop, text[start:end]))
    return iter(sorted(found))


def _titles_after_years(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``INSTRUMENT`` right after a year of adoption (``YEAR_BEFORE_TITLE``) whose name holds no word
    of a description but a conjunction (和, 及, 与), which ``_instruments`` leaves to the list of known titles."""
    for year in YEAR_BEFORE_TITLE.finditer(text):
        match = INSTRUMENT.match(text, year.end())
        if match is not None and not CORNER_DESCRIPTIVE.search(match.group(0)):
            yield match


# the United Nations' name and the word for a kind of instrument with nothing between (从《布达佩斯公约》到联合国公约:
# "a United Nations convention"): a description, no instrument's title (the Charter, 联合国宪章, is one)
GENERIC_UN_INSTRUMENT = lazy(r"(?:联合国|聯合國)(?:公约|公約|议定书|議定書)")


def _instruments(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``INSTRUMENT`` in ``text`` that hold no word of a description; one that holds one is searched
    again from its next character, for a title inside it (世界会议通过的北京宣言: a 世界 … 宣言 shape with a 的, then
    北京宣言, a city's declaration)."""
    position = 0
    while (match := INSTRUMENT.search(text, position)) is not None:
        # the 为 of 行为守则, the 反对 and 特别是 of a title's subject are the title's own words (TITLE_OWN_WORDS)
        if DESCRIPTIVE.search(TITLE_OWN_WORDS.sub("", CONDUCT_END.sub("", match.group(0)))):
            position = match.start() + 1
            continue
        if GENERIC_UN_INSTRUMENT.fullmatch(match.group(0)):
            position = match.end()
            continue
        yield match
        position = match.end()


# a candidate title's pattern, its match and the group of the match that is the title
_Recut = tuple[re.Pattern[str], re.Match[str], int]


def _past_word_before(text: str, pattern: re.Pattern[str], match: re.Match[str], group: int) -> tuple[int, int]:
    """The span of ``match``'s ``group``, a name that opens with a transliteration character; or, when a word of the
    text runs from before the name into that character (参考布达佩斯公约: 考 is a character of foreign names and the end
    of 参考 "with reference to", as of 思考, 增加 and 实施 and 措施 their last), the span ``pattern`` finds right after
    that word: the word ends before the name does. The text is cut into words by jieba's dictionary (框架下巴塞尔公约
    is 下 and 巴塞尔, not 下巴); the match's own span when the pattern finds nothing after the word."""
    start = match.start(group)
    if start == 0 or text[start] not in TRANSLITERATION:
        return match.span(group)
    window = max(start - 4, 0)
    after = next((window + end for begin, end in word_spans(text[window:match.end(group)])
                  if window + begin < start < window + end), None)
    if after is None:
        return match.span(group)
    later = pattern.match(text[after:])
    if later is None:
        return match.span(group)
    return after + later.start(group), after + later.end(group)


def _angle_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """The titles ``text`` writes in 〈〉 outside 《》 (a title inside a title keeps them): the span with the marks,
    and the title."""
    if "〈" not in text:
        return
    depth, outside = 0, []
    for char in text:
        depth = depth + 1 if char == "《" else max(depth - 1, 0) if char == "》" else depth
        outside.append(depth == 0)
    for m in ANGLE_TITLED.finditer(text):
        if outside[m.start()] and CJK.search(m.group(1)):
            yield m.start(), m.end(), m.group(1)


# the span of years a framework's or a plan's title opens with (《2015-2030年仙台减少灾害风险框架》): the title is the
# words after it, whatever marks stand around the whole
TITLE_YEARS = lazy(r"\d{4}\s*[-–—~～至]\s*\d{4}\s*年")


def _is_title(text: str, titles: TitleFinder, corner: bool = False) -> bool:
    """``text`` is, whole, an instrument title: a known one or one of the shapes; in corner quotation marks
    (``corner``), also a short name that ends with an instrument word, a document's word or a plan's (「公共圖書館宣言」,
    『安全保有權指導原則』) or a compact's (「全球數碼契約」): Hong Kong and Taiwan drafts quote such a name where 《》
    belong; UN Chinese texts put a defined short name in “”, (“技术协定”), and use no corner marks)."""
    if titles.spans(text) == [(0, len(text))]:
        return True
    years = TITLE_YEARS.match(text)
    if years is not None and years.end() < len(text):
        return _is_title(text[years.end():], titles, corner)  # 「2015-2030年仙台减少灾害风险框架」
    if ABOUT_TITLE.fullmatch(text) and (corner or text.endswith(TREATY_END)):
        # 「关于……的公约」: a long title holds the words a description holds (的, 各, 和); in “” too where it ends with a
        # treaty's word (“关于各国在月球和其他天体上活动的协定”): the UN's Chinese quotes no such title (ga74, sc2020: none)
        return True
    if UN_PLAN.fullmatch(text):
        return True  # “联合国记者安全和有罪不罚问题行动计划”: the UN's own plan, its title holds 和
    shaped = INSTRUMENT.fullmatch(text) or CONSTITUTION.fullmatch(text) or (
        QUOTED_TITLE.fullmatch(text) or CORNER_PLAN.fullmatch(text) or CORNER_COMPACT.fullmatch(text)
        if corner else None)
    # in corner marks a 和 / 及 / 与 joins two names of one title (「亞洲及太平洋……路線圖」, 「北京宣言和行動綱領」): the marks
    # already say where the name begins and ends, so only the words of a description proper (的, 各, 该 …) tell it apart
    return shaped is not None and not (CORNER_DESCRIPTIVE if corner else DESCRIPTIVE).search(text)


def _after_marks(text: str, end: int) -> str:
    """What follows a title ending at ``end``, past a wrong closing mark (>>, 〉) around it."""
    for _, closing in WRONG_TITLE_MARKS:
        if text.startswith(closing, end):
            return text[end + len(closing):]
    return text[end:]


class TitleFinder:
    """Known instrument titles found in running text without a regular expression of them all (compiling one
    per document cost more than the rest of the family): each title is filed under its last characters and
    looked for only where a text has an instrument word (公约, 宪章 …), which every title ends with."""

    SHORTEST = 4  # characters of a title (巴黎协定); the key length

    def __init__(self, by_tail: dict[str, frozenset[str]]) -> None:
        self._by_tail = by_tail

    @classmethod
    def of(cls, titles: Iterable[str]) -> TitleFinder:
        """A finder of ``titles``, each at least ``SHORTEST`` characters long and ending with an instrument word."""
        return cls({}).with_titles(titles)

    def with_titles(self, titles: Iterable[str]) -> TitleFinder:
        """This finder with ``titles`` added (itself when they add nothing)."""
        by_tail = dict(self._by_tail)
        for title in titles:
            if len(title) < self.SHORTEST or not title.endswith(INSTRUMENT_END + COMPACT_END):
                raise ValueError(f"not an instrument title: {title!r}")
            tail = title[-self.SHORTEST:]
            if title not in by_tail.get(tail, ()):
                by_tail[tail] = by_tail.get(tail, frozenset()) | {title}
        return self if by_tail == self._by_tail else TitleFinder(by_tail)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the titles stand in ``text``, from the left, the longest title at each place, none overlapping
        another: what one alternation of every title, longest first, finds. A title is found in traditional
        characters too (消除對婦女一切形式歧視公約 is the listed 消除对妇女一切形式歧视公约): ``text`` is also read in
        simplified characters, which keeps every offset."""
        longest: dict[int, int] = {}  # start -> the end of the longest title starting there
        for form in dict.fromkeys((text, simplified(text))):
            for m in INSTRUMENT_ENDING.finditer(form):
                end = m.start() + len(m.group(1))
                if end < self.SHORTEST:
                    continue
                for title in self._by_tail.get(form[end - self.SHORTEST:end], ()):
                    start = end - len(title)
                    if start >= 0 and form.startswith(title, start) and longest.get(start, -1) < end:
                        longest[start] = end
        found: list[tuple[int, int]] = []
        for start in sorted(longest):
            if not found or start >= found[-1][1]:
                found.append((start, longest[start]))
        return found


_FINDERS: dict[int, tuple[Library, TitleFinder]] = {}


def library_finder(lib: Library) -> TitleFinder:
    """The finder of the well-known instrument titles and of those the library's Chinese clause texts write in 《》,
    built once per library object."""
    cached = _FINDERS.get(id(lib))
    if cached is None or cached[0] is not lib:
        titles: set[str] = set()
        for clause in lib.clauses.values():
            texts = [clause.text.zh]
            subs = list(clause.subparagraphs)
            while subs:
                sub = subs.pop()
                texts.append(sub.text.zh)
                subs.extend(sub.children)
            for text in texts:
                titles.update(marked_titles(text))
        cached = _FINDERS[id(lib)] = (lib, TitleFinder.of(titles | set(WELL_KNOWN_TITLES)))
    return cached[1]
