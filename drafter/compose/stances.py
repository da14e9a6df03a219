"""Section III of a position paper, the position: one paragraph per bloc the State belongs to, in the words of
the side the bloc takes, worded for the State by its own facts (its Budapest and Convention status, its Internet
use, its Global Cybersecurity Index score for capacity development, its law, a confirmed regional instrument).
A clause that states a fact cites it; what the State holds needs no citation, and nothing is said of its motives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from drafter.compose.citations import Citations
from drafter.compose.national import mid, number, online_in_capacity
from drafter.compose.voice import Paragraphs, prose_name, variant
from drafter.library.model import Country, Fact

Build = Callable[[str], str]
TREATY_BLOCS = ("un-convention", "budapest", "bridge", "uncc-signatory", "uncommitted")
REGIONAL_BLOCS = ("capacity", "arab", "african")


@dataclass
class Stances:
    """Writes the State's position paragraphs into ``paras``, one per bloc."""

    country: Country
    lang: str
    cite: Citations
    paras: Paragraphs

    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    def pick(self, salt: str, *options: Build) -> list[Build]:
        """The wordings of a sentence, the State's own choice first: every State of a bloc does not read alike."""
        start = variant(self.country, salt, len(options))
        return list(options[start:] + options[:start])

    def write(self) -> None:
        self.paras.sides = True  # what the State holds and asks: 俄方认为、中方主张
        # one paragraph on the treaty paths, one on assistance and the regions (with what the State can offer):
        # a paper of two pages has no room for a paragraph per bloc
        for group in (TREATY_BLOCS, REGIONAL_BLOCS):
            self.paras.new()
            for bloc in self.country.blocs:
                writer = getattr(self, bloc.replace("-", "_"), None)
                if writer is not None and bloc in group:
                    writer()
        self.contribution()

    def contribution(self) -> None:
        """What the State offers where the Global Cybersecurity Index 2020 scores it strongest (18 of 20 or more)."""
        gci = self.fact("gci2020")
        if gci is None or not gci.pillars:
            return
        strong = [k for k, v in gci.pillars.items() if v >= 18]
        if not strong:
            return
        pillar = strong[variant(self.country, "pillar", len(strong))]
        score = number(gci.pillars[pillar])
        offers = {
            "legal": ("愿与提出请求的国家分享起草网络犯罪立法的经验", "offers to share its experience in drafting "
                      "cybercrime legislation with States that request it"),
            "technical": ("愿与提出请求的国家分享事件响应等技术专长", "can share technical expertise, such as incident "
                          "response, with States that request it"),
            "organisational": ("愿分享其国家网络安全战略和机构设置方面的经验", "can share its experience of national "
                               "cybersecurity strategies and institutions"),
            "capacity": ("愿向提出请求的国家提供培训和能力建设方案", "is ready to open its training and capacity-building "
                         "programmes to States that request them"),
            "cooperation": ("愿分享其开展打击网络犯罪国际合作的经验", "offers its experience of international cooperation "
                            "against cybercrime"),
        }[pillar]
        name = {"legal": ("法律措施", "legal measures"), "technical": ("技术措施", "technical measures"),
                "organisational": ("组织措施", "organizational measures"), "capacity": ("能力发展", "capacity development"),
                "cooperation": ("合作", "cooperation")}[pillar]
        mark = self.cite.mark((), [gci])
        self.paras.add((lambda s: f"{s}在《2020年全球网络安全指数》{name[0]}支柱中得{score}分（满分20分），{offers[0]}")
                       if self.zh else
                       (lambda s: f"With {score} of 20 for {name[1]} in the Global Cybersecurity Index 2020, {mid(s)} "
                        f"{offers[1]}"), mark)

    def fact(self, kind: str) -> Fact | None:
        found = self.country.fact(kind)
        return found if found is not None and found.confidence != "low" else None

    # -- the blocs -----------------------------------------------------------------------------------------------
    def un_convention(self) -> None:
        z = self.zh
        self.paras.add(self.pick(
            "un1",
            (lambda s: f"{s}认为，联合国是网络犯罪全球治理的适当平台，由全体会员国谈判达成的公约应在充分尊重国家主权和"
                       "不干涉内政原则的前提下得到执行") if z else
            (lambda s: f"{s} holds that the United Nations is the forum for the global governance of cybercrime and "
                       "that the Convention negotiated by all Member States must be implemented with full respect for "
                       "the sovereignty of States and non-intervention in their domestic affairs"),
            (lambda s: f"{s}主张由全体会员国在联合国框架内制定打击网络犯罪的规则，并在充分尊重国家主权、不干涉内政的"
                       "前提下适用公约") if z else
            (lambda s: f"{s} regards the United Nations as the place where all Member States make the rules on "
                       "cybercrime, and the Convention as an instrument to apply with full respect for State "
                       "sovereignty and non-intervention in domestic affairs"),
            (lambda s: f"{s}支持以联合国为中心的网络犯罪治理，强调公约的执行不得损害国家主权，也不得干涉各国内政") if z else
            (lambda s: f"{s} supports a United Nations-centred governance of cybercrime in which the Convention is "
                       "applied without prejudice to State sovereignty or intervention in domestic affairs")))
        self.ratification_call()
        self.paras.add(self.pick(
            "un3",
            (lambda s: "跨境调取电子证据应通过司法协助渠道进行，并须征得被请求国同意") if z else
            (lambda s: "Cross-border gathering of electronic evidence should proceed through mutual legal assistance "
                       "and with the consent of the requested State"),
            (lambda s: f"{s}主张，调取存储于他国的电子证据应经司法协助途径并征得数据所在国同意") if z else
            (lambda s: f"{s} asks that electronic evidence held abroad be sought through mutual legal assistance, "
                       "with the consent of the State where the data are held"),
            (lambda s: f"对于跨境电子证据，{s}坚持司法协助渠道和被请求国同意原则") if z else
            (lambda s: f"On cross-border evidence, {mid(s)} holds to mutual legal assistance and the consent of the "
                       "requested State")))

    def ratification_call(self) -> None:
        """The call to ratify, for a State that has signed the Convention (its signature is stated above)."""
        uncc = self.fact("uncc")
        if uncc is None or uncc.value == "not-signed":
            return
        mark = self.cite.mark(["untc-xviii-16"])
        if uncc.value == "ratification-reported":
            self.paras.add((lambda s: f"{s}呼吁其他签署国尽早批准公约，使其达到生效所需的四十份批准书") if self.zh else
                           (lambda s: f"{s} calls on the other signatories to ratify the Convention, so that it reaches "
                            "the forty ratifications it needs to enter into force"), mark)
        else:
            self.paras.add(self.pick(
                "ratify",
                (lambda s: f"{s}呼吁各国尽早批准公约，使其达到生效所需的四十份批准书") if self.zh else
                (lambda s: f"{s} calls for the early ratification of the Convention, so that it reaches the forty "
                           "ratifications it needs to enter into force"),
                (lambda s: "公约须有四十份批准书方能生效，各国应尽早批准") if self.zh else
                (lambda s: "The Convention needs forty ratifications to enter into force, and States should ratify "
                           "it without delay")), mark)

    def budapest(self) -> None:
        z = self.zh
        self.paras.add(self.pick(
            "bud1",
            (lambda s: f"{s}认为，以《布达佩斯公约》及其《第二附加议定书》为代表的现有文书已提供了行之有效的工具") if z else
            (lambda s: f"{s} considers that existing instruments, foremost the Budapest Convention and its Second "
                       "Additional Protocol, already provide tested tools"),
            (lambda s: f"{s}主张以现行有效的文书为基础，首先是《布达佩斯公约》及其《第二附加议定书》") if z else
            (lambda s: f"{s} would build on the instruments already in force, the Budapest Convention and its Second "
                       "Additional Protocol first"),
            (lambda s: f"{s}认为，《布达佩斯公约》及其缔约国之间的合作是任何全球框架都应借鉴的经验") if z else
            (lambda s: f"For {mid(s)}, the Budapest Convention and the cooperation among its Parties are the "
                       "experience any global framework should draw on")))
        self.paras.add(self.pick(
            "bud2",
            (lambda s: "任何全球框架都应限于界定明确的罪名，切实保障人权、隐私和言论自由，并吸收私营部门和民间社会参与") if z else
            (lambda s: "Any global framework must remain limited to clearly defined offences, with strong safeguards "
                       "for human rights, privacy and freedom of expression and with the private sector and civil "
                       "society taking part"),
            (lambda s: f"{s}主张，全球规则只应涵盖界定明确的罪名，并以有力的人权、隐私和言论自由保障为前提，同时让私营部门和"
                       "民间社会参与其中") if z else
            (lambda s: f"{s} asks that global rules cover only clearly defined offences, rest on strong safeguards for "
                       "human rights, privacy and freedom of expression, and involve the private sector and civil "
                       "society"),
            (lambda s: f"{s}不接受定义模糊的罪名，坚持以人权、隐私和言论自由保障为前提，并重视私营部门和民间社会的参与") if z else
            (lambda s: f"{s} will not accept loosely defined offences: safeguards for human rights, privacy and "
                       "freedom of expression, and the participation of the private sector and civil society, come "
                       "first")))
        uncc = self.fact("uncc")
        if uncc is not None and uncc.value != "not-signed":
            mark = self.cite.mark(["a-res-79-243"])
            self.paras.add((lambda s: f"{s}将坚持全面适用《联合国打击网络犯罪公约》的保障规定，特别是关于尊重人权的第六条"
                            "和关于条件和保障措施的第二十四条") if z else
                           (lambda s: f"{s} will insist that the safeguards of the United Nations Convention against "
                            "Cybercrime are applied in full, in particular article 6 on respect for human rights and "
                            "article 24 on conditions and safeguards"), mark)

    def bridge(self) -> None:
        z = self.zh
        both = "《布达佩斯公约》与《联合国打击网络犯罪公约》" if z else \
            "the Budapest Convention and the United Nations Convention against Cybercrime"
        self.paras.add(self.pick(
            "bridge1",
            (lambda s: f"{s}认为{both}相辅相成") if z else (lambda s: f"{s} sees {both} as complementary"),
            (lambda s: f"{s}不认为{both}相互排斥，而认为两者可以并存互补") if z else
            (lambda s: f"{s} does not see {both} as rivals: the two can stand side by side"),
            (lambda s: f"在{s}看来，{both}可以相互补充") if z else
            (lambda s: f"In the view of {mid(s)}, {both} complement each other")))
        self.paras.add(self.pick(
            "bridge2",
            (lambda s: f"{s}将推动两者协调运作，使任一公约的缔约国都能开展合作而不重复劳动") if z else
            (lambda s: f"{s} will work for the two to operate together, so that Parties to either can cooperate "
                       "without duplication"),
            (lambda s: f"{s}支持作出安排，使任一文书的缔约国能够相互合作，避免程序重复") if z else
            (lambda s: f"{s} supports arrangements that let the Parties to either instrument cooperate without "
                       "duplicating procedures")))

    def uncommitted(self) -> None:
        z = self.zh
        self.paras.add(self.pick(
            "unc1",
            (lambda s: f"{s}主张依据现行文书（包括《联合国打击跨国有组织犯罪公约》）开展务实合作") if z else
            (lambda s: f"{s} favours practical cooperation under the instruments in force, the United Nations "
                       "Convention against Transnational Organized Crime among them"),
            (lambda s: f"{s}首先着眼于依据现行文书开展务实合作，包括《联合国打击跨国有组织犯罪公约》") if z else
            (lambda s: f"{s} looks first to practical cooperation under the instruments already in force, including "
                       "the United Nations Convention against Transnational Organized Crime")))
        self.paras.add(self.pick(
            "unc2",
            (lambda s: "各项文书应相辅相成，每个国家都应能够参与其中") if z else
            (lambda s: "The instruments should complement one another, in a process every State can take part in"),
            (lambda s: f"{s}支持各项文书相辅相成，并支持一个所有国家都能参与的进程") if z else
            (lambda s: f"{s} supports the complementarity of the instruments and a process open to every State")))

    def capacity(self) -> None:
        z, groups = self.zh, self.country.groups
        kind = ("最不发达国家", "a least developed country") if "LDC" in groups else \
            ("小岛屿发展中国家", "a small island developing State") if "SIDS" in groups else \
            ("内陆发展中国家", "a landlocked developing country") if "LLDC" in groups else ("发展中国家", "a developing country")
        internet, gci, law = self.fact("internet"), self.fact("gci2020"), self.fact("law")
        facts: list[Fact] = []
        with_ = []
        if internet is not None and isinstance(internet.value, float) and online_in_capacity(self.country):
            facts.append(internet)
            with_.append((f"{internet.year}年使用互联网的人口占{number(internet.value)}%",
                          f"{number(internet.value)} per cent of its population online in {internet.year}"))
        if gci is not None and gci.pillars and gci.pillars["capacity"] <= 10 and "gci.capacity" not in self.paras.said:
            facts.append(gci)
            with_.append((f"在《2020年全球网络安全指数》能力发展支柱中得{number(gci.pillars['capacity'])}分（满分20分）",
                          f"a score of {number(gci.pillars['capacity'])} of 20 for capacity development in the Global "
                          "Cybersecurity Index 2020"))
        mark = self.cite.mark((), facts)
        self.paras.sides = False  # 作为发展中国家，… : the State by its name
        if with_:
            zh_with, en_with = "，".join(w[0] for w in with_), " and ".join(w[1] for w in with_)
            first: list[Build] = [
                (lambda s: f"{self.country.name.zh}是{kind[0]}，{zh_with}，并把技术援助和能力建设放在首位") if z else
                (lambda s: f"As {kind[1]} with {en_with}, {mid(s)} places technical assistance and capacity-building "
                 "first")]
        else:
            first = self.pick(
                "cap1",
                (lambda s: f"作为{kind[0]}，{s}把技术援助和能力建设放在首位") if z else
                (lambda s: f"As {kind[1]}, {mid(s)} places technical assistance and capacity-building first"),
                (lambda s: f"{s}作为{kind[0]}，首先重视技术援助和能力建设") if z else
                (lambda s: f"{s}, {kind[1]}, puts technical assistance and capacity-building first"))
        self.paras.add(first, mark)
        self.paras.sides = True
        self.paras.add(self.pick(
            "cap2",
            (lambda s: "援助应应请求提供，符合本国需要，不附带政治条件，并征得受援国同意，以免数字鸿沟演变为司法鸿沟") if z else
            (lambda s: "Assistance should be provided on request, tailored to national needs, free of political "
                       "conditions and delivered with the consent of the recipient State, so that the digital divide "
                       "does not become a gap in justice"),
            (lambda s: f"{s}主张，此类援助应回应各国请求、符合本国需要、不附带政治条件，并在受援国同意下进行") if z else
            (lambda s: f"{s} asks that such assistance answer requests, fit national needs, carry no political "
                       "conditions and proceed with the consent of the recipient State"),
            (lambda s: f"{s}希望援助以需求为导向、尊重受援国自主权，且不附带任何政治条件") if z else
            (lambda s: f"{s} looks for assistance that is driven by demand, respects the ownership of the recipient "
                       "State and carries no political conditions")))
        if law is not None and law.value in ("none", "draft"):
            self.paras.add((lambda s: f"{s}尤其希望在起草网络犯罪立法方面获得协助") if z else
                           (lambda s: f"{s} asks in particular for help with drafting its cybercrime legislation"), self.cite.mark((), [law]))

    def arab(self) -> None:
        z, fact = self.zh, self.fact("arab_it_convention")
        if fact is not None and fact.confirmed:
            mark = self.cite.mark((), [fact])
            first: list[Build] = [
                (lambda s: f"作为《阿拉伯打击信息技术犯罪公约》的批准国，{s}重视阿拉伯国家联盟框架内的区域合作") if z else
                (lambda s: f"Having ratified the Arab Convention on Combating Information Technology Offences, "
                 f"{mid(s)} values regional cooperation within the League of Arab States")]
        else:
            mark = self.cite.mark(["alwatan-588024"])
            first = self.pick(
                "arab1",
                (lambda s: f"作为阿拉伯国家联盟成员，{s}支持在联盟文书（包括2010年《阿拉伯打击信息技术犯罪公约》）框架下开展区域合作")
                if z else
                (lambda s: f"As a member of the League of Arab States, {mid(s)} supports regional cooperation under the "
                 "League's instruments, the Arab Convention on Combating Information Technology Offences of 2010 "
                 "among them"),
                (lambda s: f"{s}作为阿拉伯国家联盟成员，重视2010年《阿拉伯打击信息技术犯罪公约》等区域文书") if z else
                (lambda s: f"{s}, a member of the League of Arab States, values regional instruments such as the Arab "
                 "Convention on Combating Information Technology Offences of 2010"))
        self.paras.add(first, mark)
        self.paras.add(
            (lambda s: f"{s}要求全球规则尊重各国国内立法，并应对利用信息技术实施恐怖主义和其他严重犯罪的行为") if z else
            (lambda s: f"{s} asks that global rules respect national legislation and address the misuse of "
             "information technologies for terrorism and other serious crime"))

    def african(self) -> None:
        z, fact = self.zh, self.fact("malabo")
        if fact is not None and fact.confirmed:
            mark = self.cite.mark((), [fact])
            self.paras.add((lambda s: f"作为《马拉博公约》缔约国，{s}支持以该公约和非洲各国刑事司法机关之间的区域合作为基础") if z else
                           (lambda s: f"As a Party to the Malabo Convention, {mid(s)} supports building on it and on "
                            "regional cooperation among African criminal justice authorities"), mark)
            return
        name = self.country.name.zh if z else prose_name(self.country)
        self.paras.add(self.pick(
            "afr1",
            (lambda s: f"作为非洲联盟成员，{s}支持非洲各国刑事司法机关之间的区域合作和个人数据保护") if z else
            (lambda s: f"As a member of the African Union, {mid(s)} supports regional cooperation among African "
                       "criminal justice authorities and the protection of personal data"),
            (lambda s: f"{name}支持非洲联盟的区域框架，以及非洲各国刑事司法机关之间的合作") if z else
            (lambda s: f"{s} supports the regional frameworks of the African Union and cooperation among African "
                       "criminal justice authorities")))
