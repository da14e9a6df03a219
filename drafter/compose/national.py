"""Section III of a position paper, the facts: the State's record on the two treaty paths (its vote on and part in
A/RES/74/247, the Budapest Convention, the United Nations Convention against Cybercrime, confirmed regional
instruments), its national capacity (law, Internet use, the ITU Global Cybersecurity Index 2020) and what it said
in the negotiations. Every sentence cites the facts it states; a fact that can change is given "as of" its date;
nothing is said about why a State acted."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from drafter.compose.citations import Citations
from drafter.compose.dates import format_partial
from drafter.compose.voice import Paragraphs, cap, prose_name, variant
from drafter.library import Library
from drafter.library.model import Country, Fact
from drafter.numberwords import numeral_zh

PILLARS = {"legal": ("legal measures", "法律措施"), "technical": ("technical measures", "技术措施"),
           "organisational": ("organizational measures", "组织措施"),
           "capacity": ("capacity development", "能力发展"), "cooperation": ("cooperation", "合作")}
# an English law title that reads with "the" before it ("the Computer Misuse Act"); others are quoted as given
_ENGLISH_TITLE = re.compile(r"(Law|Act|Cyber|Computer|Federal|Criminal|Electronic|Information|Prevention|Protecting|"
                            r"Anti|National|Chapter|Part|Title|Decree|Executive|Ordinance|Canada's|Belgian|Vanuatu|"
                            r"Crimes?|Cybercrimes?)\b")


def online_in_capacity(country: Country) -> bool:
    """Whether the State's Internet use is stated in its capacity-building paragraph (a developing State with less
    than 60 per cent of its population online) rather than among its national facts: it is said once."""
    internet = country.fact("internet")
    return "capacity" in country.blocs and internet is not None and isinstance(internet.value, float) \
        and internet.value < 60


def number(value: float) -> str:
    """81.7 as "81.7", 20.0 as "20"."""
    return f"{value:g}"


def mid(subject: str) -> str:
    """A subject placed after an opening phrase: "It" becomes "it", "The Republic of …" "the Republic of …"."""
    if subject == "It" or subject.startswith("The "):
        return subject[:1].lower() + subject[1:]
    return subject


def month(text: str, lang: str) -> str:
    """An "as of" date to the month, as a paper prints it."""
    return format_partial(text[:7], lang)


def law_title(title: str, lang: str) -> str:
    """A law's title in running text: "the Computer Misuse Act" for an English title, else quoted as given."""
    if lang == "en" and _ENGLISH_TITLE.match(title) and ". " not in title:  # a full stop inside: quoted
        return title if title.startswith("The ") else f"the {title}"
    return f"“{title}”"


@dataclass
class National:
    """Writes the fact paragraphs of one State's section III into ``paras``."""

    lib: Library
    country: Country
    lang: str
    cite: Citations
    today: dt.date
    paras: Paragraphs

    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    @property
    def name(self) -> str:
        """The State's short name inside a sentence."""
        return self.country.name.zh if self.zh else prose_name(self.country)

    def write(self) -> None:
        """The three fact paragraphs (a paragraph without facts is left out)."""
        self.paras.new()
        if self.country.observer:
            self.paras.add((lambda s: f"{s}以观察员国身份参与联合国关于网络犯罪的工作") if self.zh else
                           (lambda s: f"{s} takes part in the work of the United Nations on cybercrime as an observer "
                            "State"))
        self.vote()
        self.budapest()
        self.convention()
        self.regional()
        self.statements()  # what it said in the negotiations belongs with its record on the two paths
        self.paras.new()
        self.law()
        self.internet()
        self.index()

    # -- the two treaty paths ------------------------------------------------------------------------------------
    def vote(self) -> None:
        vote, role = self.country.fact("res_74_247"), self.country.fact("res_74_247_role")
        if vote is None:
            return
        facts = [f for f in (vote, role) if f]
        refs = ["a-res-74-247"] if role is not None else []
        on = "2019年12月27日" if self.zh else "27 December 2019"
        if self.zh:
            did = {"Y": "投了赞成票", "N": "投了反对票", "A": "投了弃权票"}.get(vote.value, "")
            voted = f"于{on}对该决议{did}" if did else f"未参加{on}的记录表决"
            if role is not None and role.value == "initiated":
                self.paras.add(lambda s: f"{s}发起了大会第74/247号决议，该决议设立了负责拟订《联合国打击网络犯罪公约》的"
                               f"特设委员会，并{voted}", self.cite.mark(refs, facts))
            elif role is not None and role.value == "sponsored":
                self.paras.add(lambda s: f"{s}是决议草案A/C.3/74/L.11（后成为大会第74/247号决议）的八个提案国之一，"
                               f"并{voted}", self.cite.mark(refs, facts))
            elif role is not None:
                link = "并" if did else "但"
                self.paras.add(lambda s: f"{s}是大会第74/247号决议订正草案（A/C.3/74/L.11/Rev.1）的共同提案国，{link}{voted}",
                               self.cite.mark(refs, facts))
            elif not did:
                self.paras.add(lambda s: f"{s}未参加{on}大会第74/247号决议的记录表决", self.cite.mark(refs, facts))
            elif variant(self.country, "vote", 2):
                self.paras.add(lambda s: f"在{on}大会第74/247号决议的记录表决中，{s}{did}", self.cite.mark(refs, facts))
            else:
                self.paras.add(lambda s: f"{s}于{on}对大会第74/247号决议{did}", self.cite.mark(refs, facts))
            return
        verb = {"Y": "voted for", "N": "voted against", "A": "abstained on"}.get(vote.value,
                                                                               "did not take part in the recorded vote on")
        after = {"Y": "voted for the resolution", "N": "voted against it", "A": "abstained on it"}.get(
            vote.value, "did not take part in the recorded vote")
        link = "but" if vote.value == "NV" else "and"
        if role is not None and role.value == "initiated":
            self.paras.add(lambda s: f"{s} initiated General Assembly resolution 74/247, which established the Ad Hoc "
                           f"Committee that elaborated the United Nations Convention against Cybercrime, {link} {after} "
                           f"on {on}", self.cite.mark(refs, facts))
        elif role is not None and role.value == "sponsored":
            self.paras.add(lambda s: f"{s} was one of the eight sponsors of draft resolution A/C.3/74/L.11, which became "
                           f"General Assembly resolution 74/247, {link} {after} on {on}", self.cite.mark(refs, facts))
        elif role is not None:
            self.paras.add(lambda s: f"{s} co-sponsored the revised draft of General Assembly resolution 74/247 "
                           f"(A/C.3/74/L.11/Rev.1) {link} {after} on {on}", self.cite.mark(refs, facts))
        elif variant(self.country, "vote", 2) and vote.value != "NV":
            short = {"Y": "voted in favour", "N": "voted against", "A": "abstained"}[vote.value]
            self.paras.add(lambda s: f"In the recorded vote of {on} on General Assembly resolution 74/247, {mid(s)} "
                           f"{short}", self.cite.mark(refs, facts))
        else:
            self.paras.add(lambda s: f"{s} {verb} General Assembly resolution 74/247 on {on}", self.cite.mark(refs, facts))

    def budapest(self) -> None:
        fact = self.country.fact("budapest")
        if fact is None:
            return
        mark = self.cite.mark((), [fact])
        as_of = month(fact.as_of, self.lang)
        when = format_partial(fact.date, self.lang) if fact.date else ""
        value = fact.value if fact.confidence != "low" else "none"
        if self.zh:
            sentence = {
                "party": (lambda s: f"{s}于{when}加入《布达佩斯公约》") if when else
                         (lambda s: f"{s}自{fact.year}年起为《布达佩斯公约》缔约国") if fact.year else
                         (lambda s: f"{s}是《布达佩斯公约》缔约国（截至{as_of}）"),
                "signatory": lambda s: f"{s}于{when}签署《布达佩斯公约》，截至{as_of}尚未批准",
                "invited": (lambda s: f"{s}于{when}受邀加入《布达佩斯公约》") if when else
                           (lambda s: f"据{as_of}的报道，{s}已受邀加入《布达佩斯公约》"),
            }.get(value, lambda s: f"截至{as_of}，{s}不是《布达佩斯公约》缔约国")
        else:
            sentence = {
                "party": (lambda s: f"{s} joined the Budapest Convention on {when}") if when else
                         (lambda s: f"{s} has been a Party to the Budapest Convention since {fact.year}") if fact.year else
                         (lambda s: f"{s} is a Party to the Budapest Convention (as of {as_of})"),
                "signatory": lambda s: f"{s} signed the Budapest Convention on {when} and had not ratified it as of {as_of}",
                "invited": (lambda s: f"{s} was invited to accede to the Budapest Convention on {when}") if when else
                           (lambda s: f"{s} was reported in {as_of} to have been invited to accede to the Budapest "
                                      "Convention"),
            }.get(value, (lambda s: f"As of {as_of}, {mid(s)} was not a Party to the Budapest Convention")
                  if variant(self.country, "budapest", 2) else
                  (lambda s: f"{s} is not a Party to the Budapest Convention (as of {as_of})"))
        self.paras.add(sentence, mark)

    def convention(self) -> None:
        fact = self.country.fact("uncc")
        if fact is None:
            return
        if fact.value == "not-signed":
            marks = self.cite.mark(["untc-xviii-16"], [fact])
            as_of = month(fact.as_of, self.lang)
            if self.zh:  # until when it is open is said in section II
                self.paras.add(lambda s: f"截至{as_of}，{s}尚未签署《联合国打击网络犯罪公约》", marks)
            else:
                self.paras.add(lambda s: f"As of {as_of}, {mid(s)} had not signed the United Nations Convention against "
                               "Cybercrime", marks)
            return
        where = {"Hanoi": ("in Hanoi", "在河内"), "Headquarters": ("at United Nations Headquarters", "在联合国总部")}
        place = where.get(fact.place, ("", ""))[self.zh]
        if fact.date:
            when = format_partial(fact.date, self.lang)
            on = f"于{when}{place}" if self.zh else f"{place} {'on' if len(fact.date) == 10 else 'in'} {when}".strip()
        else:
            by = format_partial(fact.as_of, self.lang)
            on = f"于{by}前{place}" if self.zh else f"{place} after the Hanoi ceremony, by {by}".strip()
        tail = ""
        if fact.value == "ratification-reported":
            if fact.ratified:
                day = format_partial(fact.ratified, self.lang)
                tail = f"，总统已于{day}签署批准该公约的法律" if self.zh else \
                    f", and its President signed the law ratifying it on {day}"
            else:
                tail = "；据2026年5月的报道，已批准该公约" if self.zh else \
                    "; its ratification was reported in May 2026"
        mark = self.cite.mark((), [fact])
        if fact.confidence != "high":  # one secondary source, or a list that leaves a doubt: said as reported
            self.paras.add((lambda s: f"据报道，{s}{on}签署了《联合国打击网络犯罪公约》{tail}") if self.zh else
                           (lambda s: f"{s} was reported to have signed the United Nations Convention against "
                            f"Cybercrime {on}{tail}"), mark)
        elif self.zh:
            self.paras.add(lambda s: f"{s}{on}签署了《联合国打击网络犯罪公约》{tail}", mark)
        else:
            self.paras.add(lambda s: f"{s} signed the United Nations Convention against Cybercrime {on}{tail}", mark)

    def regional(self) -> None:
        for fact in self.country.records:
            if fact.kind in ("malabo", "arab_it_convention", "cis_it_agreement") and fact.confirmed:
                self.instrument(fact)

    def instrument(self, fact: Fact) -> None:
        """A regional instrument two sources agree the State has ratified."""
        mark = self.cite.mark((), [fact])
        day = format_partial(fact.date, self.lang) if fact.date else ""
        if fact.kind == "malabo" and day:
            self.paras.add((lambda s: f"{s}是非洲联盟《马拉博公约》缔约国，于{day}交存批准书，该公约于2023年6月8日生效")
                           if self.zh else
                           (lambda s: f"{s} is a Party to the Malabo Convention of the African Union: it deposited its "
                            f"instrument of ratification on {day}, and the Convention entered into force on 8 June 2023"),
                           mark)
        elif fact.kind == "malabo":
            self.paras.add((lambda s: f"{s}是非洲联盟《马拉博公约》缔约国") if self.zh else
                           (lambda s: f"{s} is a Party to the Malabo Convention of the African Union"), mark)
        elif fact.kind == "arab_it_convention":
            self.paras.add((lambda s: f"{s}已批准2010年《阿拉伯打击信息技术犯罪公约》") if self.zh else
                           (lambda s: f"{s} has ratified the Arab Convention on Combating Information Technology "
                            "Offences of 2010"), mark)
        else:
            self.paras.add((lambda s: f"{s}已批准2018年独立国家联合体打击信息技术领域犯罪合作协定") if self.zh else
                           (lambda s: f"{s} has ratified the 2018 agreement of the Commonwealth of Independent "
                            "States on cooperation in combating crimes in the field of information technology"), mark)

    # -- national capacity ---------------------------------------------------------------------------------------
    def law(self) -> None:
        law, privacy = self.country.fact("law"), self.country.fact("data_protection")
        if law is None:
            return
        facts = [f for f in (law, privacy) if f]
        mark = self.cite.mark((), facts)
        as_of = month(law.as_of, self.lang)
        title = law_title(law.title, self.lang) if law.title else ""
        if self.zh:
            also = ({"legislation": "，但已制定数据保护立法", "draft": "，数据保护立法尚处于草案阶段", "none": "，也尚无数据保护立法"}
                    if law.value == "none" else
                    {"legislation": "，并已制定数据保护立法", "draft": "，数据保护立法尚处于草案阶段",
                     "none": "，但尚无数据保护立法"}).get(privacy.value if privacy else "", "")
            source = f"据联合国贸发会议全球网络法追踪（{as_of}）"
            if law.value == "legislation":
                text = (lambda s: f"{source}，{s}已制定网络犯罪立法，包括{title}{also}") if title else \
                    (lambda s: f"{source}，{s}已制定网络犯罪立法{also}")
            elif law.value == "draft":
                text = lambda s: f"{source}，{s}的网络犯罪立法尚处于草案阶段{('（' + title + '）') if title else ''}{also}"
            else:
                text = lambda s: f"{source}，{s}尚无网络犯罪立法{also}"
        else:
            also = ({"legislation": ", but it has data protection legislation",
                     "draft": ", and its data protection legislation is in draft",
                     "none": ", nor any data protection legislation"}
                    if law.value == "none" else
                    {"legislation": ", and it has data protection legislation",
                     "draft": ", and its data protection legislation is in draft",
                     "none": ", but it has no data protection legislation"}).get(privacy.value if privacy else "", "")
            source = f"the UNCTAD Global Cyberlaw Tracker ({as_of})"
            if law.value == "legislation":
                text = (lambda s: f"{s} has cybercrime legislation, {title} among it, according to {source}{also}") \
                    if title else (lambda s: f"{s} has cybercrime legislation, according to {source}{also}")
            elif law.value == "draft":
                named = f" ({title})" if title else ""
                text = lambda s: f"{s} has cybercrime legislation in draft{named}, according to {source}{also}"
            else:
                text = lambda s: f"{cap(source)} records no cybercrime legislation for {self.name}{also}"
        self.paras.add(text, mark)

    def internet(self) -> None:
        fact = self.country.fact("internet")
        if fact is None or not isinstance(fact.value, float) or online_in_capacity(self.country):
            return
        pct, year, name = number(fact.value), fact.year, self.name
        mark = self.cite.mark((), [fact])
        if self.zh:
            text = f"{year}年，{name}使用互联网的人口占{pct}%" if variant(self.country, "net", 2) else \
                f"{name}{year}年的互联网用户占人口的{pct}%"
        else:
            text = f"In {year}, {pct} per cent of the population of {name} used the Internet" \
                if variant(self.country, "net", 2) else \
                f"Internet users made up {pct} per cent of the population of {name} in {year}"
        self.paras.put(text, mark)

    def index(self) -> None:
        fact = self.country.fact("gci2020")
        if fact is None or not isinstance(fact.value, float):
            return
        mark = self.cite.mark((), [fact])
        score = number(fact.value)
        index = "在国际电联《2020年全球网络安全指数》中，" if self.zh else "In the ITU Global Cybersecurity Index 2020, "
        if not fact.pillars:
            self.paras.add((lambda s: f"{index}{s}得分为{score}分（满分100分）") if self.zh else
                           (lambda s: f"{index}{mid(s)} scored {score} out of 100"), mark)
            return
        high, low = max(fact.pillars.values()), min(fact.pillars.values())
        best = [PILLARS[k][self.zh] for k, v in fact.pillars.items() if v == high]
        worst = [PILLARS[k][self.zh] for k, v in fact.pillars.items() if v == low]
        join = _he if self.zh else _and
        zeros = sum(1 for v in fact.pillars.values() if v == 0)
        named = [k for k, v in fact.pillars.items() if v in (high, low)] if zeros < 3 and high != low else \
            list(fact.pillars)
        self.paras.said.update(f"gci.{k}" for k in named)
        if zeros >= 3:
            detail = f"，五项支柱中有{numeral_zh(zeros)}项得分为零" if self.zh else \
                f", with no points in {('three', 'four', 'five')[zeros - 3]} of the five pillars"
        elif high == low:
            detail = f"，五项支柱均为{number(high)}分（满分20分）" if self.zh else \
                f", with {number(high)} of 20 in each of the five pillars"
        elif self.zh:
            detail = f"，其中{join(best)}得分最高（{number(high)}分，满分20分），{join(worst)}得分最低（{number(low)}分）"
        else:
            detail = f", highest in {join(best)} ({number(high)} of 20) and lowest in {join(worst)} ({number(low)} of 20)"
        self.paras.add((lambda s: f"{index}{s}得分为{score}分（满分100分）{detail}") if self.zh else
                       (lambda s: f"{index}{mid(s)} scored {score} out of 100{detail}"), mark)

    # -- what it said --------------------------------------------------------------------------------------------
    def statements(self) -> None:
        """Up to two positions: the State's own, and one its group (the EU, the League of Arab States) stated."""
        self.paras.sides = True  # what the State said and did in the negotiations: 俄方表示
        found = self.country.all_facts("position")
        own = [f for f in found if not f.group][:2]
        groups = [f for f in found if f.group]
        if groups:
            own.append(groups[variant(self.country, "group", len(groups))])
        for fact in own[:2]:
            self.statement(fact)

    def statement(self, fact: Fact) -> None:
        assert fact.text is not None
        text = fact.text[self.lang]
        mark = self.cite.mark((), [fact])
        if not fact.group:
            self.paras.add((lambda s: f"{s}{text}") if self.zh else (lambda s: f"{s} {text}"), mark)
        elif fact.speaker is not None and "member States" in fact.speaker.en:
            other = "欧洲联盟及其他成员国" if self.zh else "the European Union and its other member States"
            self.paras.add((lambda s: f"{s}与{other}一道{text}") if self.zh else
                           (lambda s: f"{s}, with {other}, {text}"), mark)
        else:
            speaker = fact.speaker[self.lang] if fact.speaker else fact.group
            self.paras.put(f"{self.name}所属的{speaker}{text}" if self.zh else
                           f"{cap(speaker)}, of which {self.name} is a member, {text}", mark)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _he(items: list[str]) -> str:
    return items[0] if len(items) == 1 else "、".join(items[:-1]) + "和" + items[-1]
