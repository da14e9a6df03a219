"""Writes the ten typed drafts of holdout28 (round 12) with their invisible characters.

The texts are typed here with visible tokens for the characters a copy from Google Docs, Pages, WeChat or a PDF
brings along, so that the script, not an editor, decides where they stand:
[ZW] zero-width space U+200B, [NB] no-break space U+00A0, [SHY] soft hyphen U+00AD, [FI] ligature U+FB01,
[FW] ideographic (full-width) space U+3000, [TAB] a tab. Run: python make_drafts.py (writes next to itself).
"""

from __future__ import annotations

from pathlib import Path

TOKENS = {"[ZW]": "\u200b", "[NB]": "\u00a0", "[SHY]": "\u00ad", "[FI]": "\ufb01", "[FW]": "\u3000", "[TAB]": "\t"}
SOURCE = "# source: typed for holdout28 (round 12), by project helper holdout28 on 2026-12-04, blind to the checker; not retrieved"

DRAFTS: dict[str, tuple[str, list[str]]] = {
    "en-01-gdocs-email-small-scale-fisheries.txt": (
        "typed as a delegate pastes a Google Docs draft into an e-mail: the heading fields run on one line, "
        "no-break spaces after the first operative numbers, curly and straight quotes mixed, a zero-width space and a "
        "soft hyphen inside words; one paragraph per line; lead emphasis not represented (unknown)",
        [
            "Committee: General Assembly Second Committee Topic: Sustainable small-scale fisheries Sponsors: Chile, "
            "Indonesia and Senegal & Norway Signatories: Fiji, Ghana, Iceland, Mauritania, Peru, Philippines, Sri Lanka",
            "The General Assembly,",
            "Recalling its resolutions on sustainable fisheries and the “Voluntary Guidelines for Securing Sustainable "
            "Small-Scale Fisheries” endorsed by the Committee on Fisheries in 2014,",
            "Deeply Concerned By the decline of coastal fish stocks on which millions of small-scale fishers depend for "
            "food and income,",
            "Recognizing that women make up nearly half of the workforce of the small-scale fisheries value chain, in "
            "particular in processing and trade,",
            "Taking Into Account the 'Agreement on Port State Measures' and its role in ending illegal, unreported and "
            "unregulated fishing,",
            "Noting[ZW] with concern that small-scale fishers are often left out of the management of the waters they "
            "fish,",
            "1.[NB]Encourages Member States to recognize the tenure rights of small-scale fishing communities over "
            "coastal waters and landing sites;",
            "2.[NB]Calls upon Member States to include representatives of fishers' organizations, including women’s "
            "groups, in national fisheries management bodies;",
            "3. Requests the Food and Agriculture Organization of the United Nations to assist Member States, upon "
            "their request, in:",
            "a. collecting catch data from small-scale fisheries, including through mobile telephone applications;",
            "b) mapping the fishing grounds used by indigenous peoples and local communities;",
            "c) building cold storage and processing facilities close to landing sites;",
            "4. Invites Inter[SHY]national Financial Institutions To Offer Small Loans For Safer Boats And Navigation "
            "Equipment;",
            "5. Urges coastal States to keep industrial vessels out of the inshore zones reserved for small-scale "
            "fishers;",
            "6. Encourages regional fisheries bodies to publish their decisions in the languages spoken by the fishing "
            "communities concerned.",
        ],
    ),
    "en-02-pages-pdf-light-pollution.txt": (
        "typed in Pages, exported to PDF and copied from the PDF: fi ligatures (U+FB01) and soft hyphens left in "
        "words, the sub-clauses drawn as en-dash bullets, one clause broken by the PDF's line end; one paragraph per "
        "line; lead emphasis not represented (unknown)",
        [
            "Draft Resolution 2.3",
            "Committee: United Nations Environment Assembly",
            "Topic: Arti[FI]cial light at night and its effects on ecosystems",
            "Sponsors: Chile, Czechia & Spain",
            "Signatories: Australia, Canada, Italy, Namibia, New Zealand and Portugal",
            "The United Nations Environment Assembly,",
            "Aware that the area of the planet lit at night keeps growing every year, as satellite images show,",
            "Alarmed by evidence that light pollution disrupts the migra[SHY]tion of birds and the breeding of sea "
            "turtles and insects,",
            "Reaf[FI]rming the importance of dark and quiet skies for astronomy and for the cultural heritage of "
            "indigenous",
            "peoples,",
            "Recognizing the work of cities that have adopted lighting ordi[SHY]nances and shielded street lamps,",
            "Noting that energy-ef[FI]cient lighting can increase light emissions when it is installed without "
            "controls,",
            "1. Encourages Member States to adopt national guidelines on outdoor lighting that:",
            "– limit the upward emission of light from public and private [FI]xtures;",
            "– favour warm colour temperatures near protected areas and coastlines;",
            "– provide for dimming or switching off lights in the late hours of the night;",
            "2. Requests the secretariat of the Convention on the Conservation of Migratory Species of Wild Animals to "
            "prepare guidance on light pollution for its Parties;",
            "3. Invites the International Astronomical Union to share its measurements of sky brightness with "
            "national environmental agencies;",
            "4. Calls upon local authorities to map the sources of light pollution in and around protected areas.",
        ],
    ),
    "en-03-wechat-caps-extreme-heat.txt": (
        "typed on a phone and pasted into a WeChat group: leads in capitals, the operative clauses drawn as bullets "
        "with an ideographic space after them, the sub-clauses as small squares, and a line holding only a "
        "zero-width space after the heading (a paragraph for the bench, an empty line to the eye); one paragraph per "
        "line; lead emphasis not represented (unknown)",
        [
            "DRAFT RESOLUTION 1.4",
            "Committee: World Health Assembly",
            "Topic: Protecting public health from extreme heat",
            "Sponsors: India, Pakistan and Mexico",
            "Signatories: Bangladesh, Egypt, Greece, Kenya, Morocco, Saudi Arabia, Türkiye",
            "[ZW]",
            "The World Health Assembly,",
            "RECALLING the Paris Agreement, under which the Parties aim to keep global warming well below 2°C,",
            "ALARMED BY the rising number of deaths caused by heatwaves, in particular among older persons and outdoor "
            "workers,",
            "NOTHING WITH DEEP CONCERN that many cities still have no early warning system for extreme heat,",
            "RECOGNIZING that trees, shade and cool roofs can lower temperatures in urban neighbourhoods,",
            "•[FW]ENCOURAGES Member States to develop national heat-health action plans with clear thresholds for "
            "public warnings;",
            "•[FW]URGES Member States to protect outdoor workers through rest breaks, drinking water and shaded areas "
            "during heatwaves;",
            "•[FW]REQUESTS the Director-General to publish technical guidance on the clinical management of heatstroke;",
            "•[FW]CALLS UPON Member States to open public cooling centres during heat alerts, with particular "
            "attention to:",
            "▪ older persons who live alone;",
            "▪ persons experiencing homelessness;",
            "▪ pregnant women and young children;",
            "•[FW]INVITES cities to share their experience of urban greening and cool roofs with one another through "
            "regional networks of healthy cities.",
        ],
    ),
    "en-04-clean-older-persons-digital.txt": (
        "typed in Word and pasted into a chat: tabs after the labels, a no-break space inside a number and after a "
        "comma at a line end, a zero-width space opening one line and another after a semicolon, a soft hyphen, "
        "curly apostrophes; one paragraph per line; lead emphasis not represented (unknown)",
        [
            "Committee: General Assembly Third Committee",
            "Topic: Rights of older persons in the digital age",
            "Sponsors: Argentina, Japan and Slovenia",
            "Signatories: Austria, Brazil, Costa Rica, Finland, Malaysia, Republic of Korea, Uruguay",
            "The General Assembly,",
            "Recalling the Madrid International Plan of Action on Ageing, adopted in 2002,[NB]",
            "Reaffirming that older persons are entitled to the full enjoyment of all human rights without "
            "dis[SHY]crimination,",
            "Noting that the number of persons aged 60[NB]years or older is expected to double by 2050,",
            "[ZW]Concerned that older persons are more likely than others to be shut out of online public services and "
            "banking,",
            "Welcoming the work of the Independent Expert on the enjoyment of all human rights by older persons,",
            "1.[TAB]Encourages Member States to keep offline access to essential public services open for persons who "
            "cannot or do not wish to use the Internet;",
            "2.[TAB]Calls upon Member States to offer free or low-cost digital skills courses adapted to older "
            "learners’ needs;[ZW]",
            "3.[TAB]Urges financial institutions to protect older customers from fraud by:",
            "(a)[TAB]giving clear warnings before large or unusual transfers;",
            "(b)[TAB]keeping staffed branches or telephone services within reasonable reach;",
            "4.[TAB]Requests the Secretary-General to submit to the General Assembly at its eighty-first session a "
            "report on the implementation of the present resolution.",
        ],
    ),
    "en-05-gdocs-seafarers-preamble-twice.txt": (
        "typed in Google Docs and pasted into an e-mail in the last hour: two clauses merged by a lost line break "
        "(one preambular, one operative), and the first three preambular clauses pasted a second time after the "
        "operative part; one paragraph per line; lead emphasis not represented (unknown)",
        [
            "Draft Resolution GA/1.2",
            "Committee: General Assembly Plenary",
            "Topic: Protecting the rights and welfare of seafarers",
            "Sponsors: Panama, the Philippines, and Greece",
            "Signatories: Bolivia, Cambodia, Jamaica, Lebanon, Mongolia, Nigeria, Tunisia",
            "The General Assembly,",
            "Recalling the Maritime Labour Convention, 2006, which sets minimum standards for the working and living "
            "conditions of seafarers,",
            "Deeply concerned that crews are still abandoned in foreign ports without wages, food or a way home when "
            "shipowners stop paying,",
            "Reorganizing that about ninety per cent of world trade by volume is carried by sea and depends on the "
            "work of some two million seafarers,",
            "Noting the designation of 25 June as the Day of the Seafarer, Bearing in mind that many seafarers could "
            "not leave their ships for months during the pandemic,",
            "1. Calls upon Member States to treat seafarers as key workers and to let them change crews and travel "
            "home freely;",
            "2. Encourages flag States to inspect the ships flying their flags for unpaid wages and expired contracts; "
            "3. Invites the International Labour Organization and the International Maritime Organization to keep a "
            "joint public database of abandoned crews;",
            "4. Urges port States to give seafarers ashore access to medical care and to welfare centres;",
            "5. Requests the Secretary-General to include information on the situation of seafarers in his next report "
            "on oceans and the law of the sea.",
            "Recalling the Maritime Labour Convention, 2006, which sets minimum standards for the working and living "
            "conditions of seafarers,",
            "Deeply concerned that crews are still abandoned in foreign ports without wages, food or a way home when "
            "shipowners stop paying,",
            "Reorganizing that about ninety per cent of world trade by volume is carried by sea and depends on the "
            "work of some two million seafarers,",
        ],
    ),
    "en-06-near-clean-snakebite.txt": (
        "typed in Word, saved as PDF and copied back: tabs after the labels, fi ligatures (U+FB01) in a lead and in "
        "the text, a soft hyphen inside an operative lead; one paragraph per line; lead emphasis not represented "
        "(unknown)",
        [
            "Draft resolution 3.1",
            "Committee: World Health Assembly",
            "Topic: Snakebite envenoming",
            "Sponsors: Kenya, Nepal and Papua New Guinea",
            "Signatories: Brazil, Costa Rica, Ethiopia, India, Nigeria, Sri Lanka, Thailand",
            "The World Health Assembly,",
            "Recalling resolution WHA71.5 on addressing the burden of snakebite envenoming,",
            "Deeply concerned that venomous snakes bite several million people each year, mostly farmers and children "
            "in rural areas;",
            "Con[FI]dent that safe and affordable antivenoms can prevent most of the deaths and disabilities caused by "
            "snakebite,",
            "Aware that traditional healers are often the [FI]rst point of contact for victims in remote areas,",
            "1.[TAB]Urges Member States to include antivenoms in their national lists of essential medicines;",
            "2.[TAB]Encourages Member States to train community health workers in [FI]rst aid for snakebite and in the "
            "safe transport of victims;",
            "3.[TAB]Re[SHY]quests the Director-General to:",
            "(a)[TAB]support the regional production of antivenoms of assured quality;",
            "(b)[TAB]report to the Eighty-first World Health Assembly on the progress made.",
        ],
    ),
    "zh-01-english-keyboard-clean-cooking.txt": (
        "typed partly with the input method switched to English: half-width punctuation in some clauses only, "
        "sponsors separated by 、 ， and one half-width comma; one paragraph per line; lead emphasis not represented "
        "(unknown)",
        [
            "决议草案",
            "委员会：联合国大会第二委员会",
            "议题：普及清洁炊事能源",
            "起草国：孟加拉国、肯尼亚和秘鲁",
            "附议国：埃塞俄比亚，加纳、老挝、蒙古,尼泊尔、塞内加尔、乌干达",
            "大会，",
            "回顾《2030年可持续发展议程》，特别是关于确保人人获得负担得起的、可靠和可持续的现代能源的目标7，",
            "深为关切全球仍有二十多亿人用木柴、木炭和煤油做饭,",
            "认识到家庭空气污染每年造成数百万人过早死亡,其中大多数是妇女和儿童，",
            "注意到[ZW]液化石油气、沼气和电炊具在许多国家的推广已取得进展，",
            "1. 鼓励各会员国制定国家清洁炊事战略，并将其纳入各自的国家自主贡献；",
            "2. 促请各会员国逐步取消对煤油的补贴，并为低收入家庭购买清洁炉具提供支持;",
            "3. 请世界银行和各区域开发银行为清洁炊事项目提供优惠融资，特别是:",
            "(a) 为生产和销售清洁炉具的小型企业提供贷款；",
            "(b) 支持农村地区的沼气项目；",
            "4. 邀请世界卫生组织与会员国合作，监测家庭空气污染对健康的影响。",
        ],
    ),
    "zh-02-trad-hk-corner-quotes-public-libraries.txt": (
        "typed in traditional characters (Hong Kong) and pasted from a chat: the heading fields on one line "
        "separated by ideographic spaces, 「」 as quotation marks, two operative clauses merged by a lost line "
        "break; one paragraph per line; lead emphasis not represented (unknown)",
        [
            "決議草案[FW]委員會：聯合國教科文組織[FW]議題：公共圖書館與終身學習[FW]提案國：芬蘭、新加坡及肯尼亞[FW]"
            "附議國：愛沙尼亞、哥倫比亞、韓國、紐西蘭、葡萄牙、南非",
            "聯合國教育、科學及文化組織，",
            "回顧「公共圖書館宣言」強調公共圖書館是通向知識的地方門戶，",
            "重申終身學習是實現可持續發展目標4的重要組成部分，",
            "深切關注許多農村及偏遠地區居民仍無法使用公共圖書館的服務，",
            "認識到圖書館在推廣閱讀、數碼素養及社區參與方面的作用，",
            "注意到不少讀者形容圖書館為「城市的客廳」，",
            "1. 鼓勵各會員國將公共圖書館納入國家教育及文化政策，並確保其獲得穩定的公共資金；",
            "2. 呼籲各會員國為流動圖書館及社區閱覽室提供支援，以服務偏遠地區居民；3. 促請各會員國在圖書館提供免費上網"
            "及數碼技能課程；",
            "4. 請總幹事與國際圖書館協會和機構聯合會合作，編製一份公共圖書館良好做法匯編；",
            "5. 邀請各會員國為視障人士提供無障礙格式的讀物，並與其他國家分享。",
        ],
    ),
    "zh-03-clean-glacier-retreat.txt": (
        "typed in WPS and pasted into an e-mail: heading field names aligned with ideographic spaces, tabs after the "
        "labels, a zero-width space after a lead, an ideographic space after one line's end mark; one paragraph per "
        "line; lead emphasis not represented (unknown)",
        [
            "决议草案",
            "委员会：联合国环境大会",
            "议[FW][FW]题：冰川退缩与山区社区",
            "起草国：吉尔吉斯斯坦、尼泊尔、瑞士",
            "附议国：奥地利、不丹、智利、哥伦比亚、冰岛、巴基斯坦、塔吉克斯坦",
            "联合国环境大会，",
            "回顾《联合国气候变化框架公约》及《巴黎协定》，",
            "注意到世界上大多数山地冰川自二十世纪中叶以来持续退缩，[FW]",
            "深为关切[ZW]冰川湖溃决洪水对下游社区的生命和生计构成日益严重的威胁，",
            "认识到山区社区的传统知识有助于监测冰川变化和适应气候变化，",
            "1.[TAB]鼓励各会员国加强对高山冰川和冰川湖的监测，并与邻国分享数据；",
            "2.[TAB]促请各会员国为易受冰川湖溃决洪水影响的社区建立早期预警系统；",
            "3.[TAB]请环境规划署执行主任会同世界气象组织：",
            "(a)[TAB]编写一份关于全球冰川状况的评估报告；",
            "(b)[TAB]支持山区国家开展冰川观测能力建设；",
            "4.[TAB]邀请各会员国将冰川保护纳入各自的国家适应计划。",
        ],
    ),
    "zh-04-wechat-bullets-food-loss.txt": (
        "typed in Google Docs with an automatic list and pasted into WeChat: the operative numbers became bullets, "
        "the sub-clause labels change shape half-way (a. then b)), one clause broken by a stray line break; one "
        "paragraph per line; lead emphasis not represented (unknown)",
        [
            "决议草案",
            "委员会：联合国粮食及农业组织",
            "议题：粮食损失与浪费问题",
            "起草国：法国、印度尼西亚 和 埃及",
            "附议国：巴西、丹麦、意大利、肯尼亚、沙特阿拉伯、越南",
            "联合国粮食及农业组织，",
            "回顾可持续发展目标12关于确保可持续消费和生产模式的承诺，",
            "关切地注意到全世界生产的粮食约有三分之一在从农场到餐桌的过程中损失或浪费，",
            "认识到粮食在收获、储存和运输环节的损失使小农户的收入大幅减少，",
            "• 鼓励各会员国改善农产品的储存、冷链和运输设施；",
            "• 促请各会员国制定法律，鼓励超市和餐馆将可食用的剩余",
            "食品捐赠给食物银行和慈善机构；",
            "• 请总干事：",
            "a. 制定衡量粮食损失的统一方法；",
            "b) 协助发展中国家开展粮食损失调查；",
            "c) 每两年发布一份关于全球粮食浪费情况的报告；",
            "• 邀请各会员国在学校开展珍惜粮食的宣传教育活动。",
        ],
    ),
}


def main() -> None:
    here = Path(__file__).resolve().parent
    for name, (fmt, lines) in DRAFTS.items():
        text = "\n".join([SOURCE, "# format: " + fmt, *lines]) + "\n"
        for token, char in TOKENS.items():
            text = text.replace(token, char)
        (here / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
