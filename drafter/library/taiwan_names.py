"""The names Taiwan uses for Member States where they differ from the UN's Chinese names (facts).

Delegates at conferences in Taiwan write them in traditional characters (哥斯大黎加, 紐西蘭, 沙烏地阿拉伯); they are
correct text, names of the State, never misspellings of the UN name. The table gives them in simplified characters,
the form names are compared in (纽西兰 finds 紐西蘭 as written), so that loading it converts nothing; names that only
differ in script from the UN name (俄羅斯, 哥倫比亞) need no entry. Source: the country names of Taiwan's
Ministry of Foreign Affairs, as used in Taiwanese MUN conferences' sponsor lists.
"""

from __future__ import annotations

TAIWAN_NAMES: dict[str, tuple[str, ...]] = {
    # the Americas
    "CRI": ("哥斯大黎加",), "GTM": ("瓜地马拉",), "HND": ("宏都拉斯",), "BLZ": ("贝里斯",),
    "TTO": ("千里达及托巴哥", "千里达"), "GUY": ("盖亚那",), "SUR": ("苏利南",), "ECU": ("厄瓜多",),
    "KNA": ("圣克里斯多福及尼维斯", "克里斯多福"), "LCA": ("圣露西亚",), "VCT": ("圣文森及格瑞那丁", "圣文森"),
    "GRD": ("格瑞那达",), "BRB": ("巴贝多",), "DOM": ("多明尼加共和国",),
    # Europe
    "ITA": ("义大利",), "CYP": ("赛普勒斯",), "MLT": ("马尔他",), "SMR": ("圣马利诺",), "SVN": ("斯洛维尼亚",),
    "HRV": ("克罗埃西亚",), "BIH": ("波士尼亚与赫塞哥维纳", "波士尼亚"), "MNE": ("蒙特内哥罗",),
    "LIE": ("列支敦斯登",), "GEO": ("乔治亚",), "AZE": ("亚塞拜然",),
    # Asia and the Pacific
    "SAU": ("沙乌地阿拉伯", "沙乌地"), "YEM": ("叶门",), "ARE": ("阿拉伯联合大公国", "阿联"), "QAT": ("卡达",),
    "MDV": ("马尔地夫",), "LAO": ("寮国",), "PRK": ("北韩",), "KOR": ("南韩",), "KGZ": ("吉尔吉斯",),
    "KAZ": ("哈萨克",), "UZB": ("乌兹别克",), "TJK": ("塔吉克",), "TKM": ("土库曼",), "BGD": ("孟加拉",),
    "BRN": ("汶莱",), "AUS": ("澳洲",), "NZL": ("纽西兰",), "SLB": ("索罗门群岛",), "VUT": ("万那杜",),
    "TUV": ("吐瓦鲁",), "KIR": ("吉里巴斯",), "NRU": ("诺鲁",), "PLW": ("帛琉",), "TON": ("东加",),
    "PNG": ("巴布亚纽几内亚",),
    # Africa
    "NGA": ("奈及利亚",), "NER": ("尼日",), "TCD": ("查德",), "MLI": ("马利",), "MRT": ("茅利塔尼亚",),
    "GMB": ("甘比亚",), "GNB": ("几内亚比索",), "SLE": ("狮子山",), "LBR": ("赖比瑞亚",), "CIV": ("象牙海岸",),
    "GHA": ("迦纳",), "BEN": ("贝南",), "BFA": ("布吉纳法索",), "GAB": ("加彭",), "ZMB": ("尚比亚",),
    "ZWE": ("辛巴威",), "MOZ": ("莫三比克",), "MWI": ("马拉威",), "TZA": ("坦尚尼亚",), "KEN": ("肯亚",),
    "RWA": ("卢安达",), "BDI": ("蒲隆地",), "ETH": ("衣索比亚",), "ERI": ("厄利垂亚",), "DJI": ("吉布地",),
    "SOM": ("索马利亚",), "TUN": ("突尼西亚",), "BWA": ("波札那",), "LSO": ("赖索托",), "SWZ": ("史瓦帝尼",),
    "MUS": ("模里西斯",), "SYC": ("塞席尔",), "COM": ("葛摩",), "CPV": ("维德角",), "STP": ("圣多美普林西比",),
}
