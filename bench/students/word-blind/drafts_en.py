"""The English drafts of word-blind: clause texts and how each one's numbering was made."""

from __future__ import annotations

from collections.abc import Callable

from docxlists import SRC, Abstract, Level, Num, Para, build_docx, clause_levels, convert, lead, organ, plain, sub


def pre(words: str, rest: str) -> Para:
    return lead("i", words, rest)


def op(words: str, rest: str, num: tuple[int, int] | None = None, style: str | None = None, typed: str = "") -> Para:
    return lead("u", words, rest, num, style, typed)


def mun_heading(committee: str, topic: str, sponsors: str, signatories: str) -> list[Para]:
    return [plain(f"Committee: {committee}"), plain(f"Topic: {topic}"), plain(f"Sponsors: {sponsors}"),
            plain(f"Signatories: {signatories}")]


def thimun_heading(forum: str, question: str, submitter: str, co: str) -> list[Para]:
    return [plain(f"FORUM: {forum}"), plain(f"QUESTION OF: {question}"), plain(f"SUBMITTED BY: {submitter}"),
            plain(f"CO-SUBMITTERS: {co}")]


def en_b01(name: str) -> None:
    """Correct: one multi-level list as Word writes it: "1." / "(a)" / "(i)", hanging indents, tab after the label."""
    paras = mun_heading("Second Committee (Economic and Financial)", "Reducing plastic pollution of the oceans",
                        "Fiji, Norway", "Chile, Kenya, New Zealand, Portugal, Senegal")
    paras += [
        organ("The General Assembly,"),
        pre("Deeply concerned", " that several million tonnes of plastic waste reach the sea every year, harming "
            "marine life, fisheries and the coastal communities that live from them,"),
        pre("Recognizing", " that small island developing States receive large amounts of plastic debris carried by "
            "ocean currents from distant shores,"),
        pre("Noting with appreciation", " the work of the regional seas programmes in measuring marine litter,"),
        op("Encourages", " Member States to set national targets for reducing single-use plastic packaging;", (1, 0)),
        op("Calls upon", " Member States to improve the collection and recycling of plastic waste, including by:",
           (1, 0)),
        sub("supporting the waste services of coastal towns and fishing ports;", (1, 1)),
        sub("introducing deposit-return schemes for drinks containers, which may cover:", (1, 1)),
        sub("bottles made of plastic;", (1, 2)),
        sub("cans and cartons;", (1, 2)),
        op("Requests", " the United Nations Environment Programme to publish every two years a report on the "
           "amount of plastic entering the oceans and on the measures taken by States;", (1, 0)),
        op("Invites", " regional development banks to finance recycling plants in small island developing "
           "States;", (1, 0)),
        op("Recommends", " that Member States include the reduction of marine litter in their national ocean "
           "strategies.", (1, 0)),
    ]
    build_docx(name, paras, [Abstract(0, clause_levels(), nsid="5C3A1E02")], [Num(1, 0)])


def en_b02(name: str) -> None:
    """Three w:num share one abstractNum; the third carries a startOverride: clause 5 shows "1." again."""
    paras = mun_heading("General Assembly Plenary", "Road safety in low- and middle-income countries",
                        "Ghana, Sweden", "Argentina, India, Malaysia, Morocco")
    paras += [
        organ("The General Assembly,"),
        pre("Alarmed", " that road traffic crashes are a leading cause of death of children and young people,"),
        pre("Bearing in mind", " that most road deaths occur in low- and middle-income countries, which have a "
            "small share of the world's vehicles,"),
        pre("Welcoming", " the Global Plan for the Decade of Action for Road Safety,"),
        op("Urges", " Member States to adopt laws on speed limits, seat belts, helmets and drink-driving that meet "
           "good international practice;", (1, 0)),
        op("Encourages", " Member States to design safer roads, in particular by:", (1, 0)),
        sub("building pavements and crossings for pedestrians near schools and markets;", (1, 1)),
        sub("separating cycle lanes from fast traffic;", (1, 1)),
        op("Calls upon", " vehicle manufacturers to fit all new vehicles sold in every market with the same basic "
           "safety equipment;", (2, 0)),
        op("Invites", " Member States to improve emergency care after crashes, including ambulance services and "
           "trauma training for health workers;", (2, 0)),
        op("Requests", " the World Health Organization to help Member States collect reliable data on road "
           "deaths and injuries;", (3, 0)),
        op("Recommends", " that Member States set aside a share of fuel taxes for road safety programmes.",
           (3, 0)),
    ]
    build_docx(name, paras, [Abstract(0, clause_levels("lowerLetter", "%2)"), nsid="2F7711AB")],
               [Num(1, 0), Num(2, 0), Num(3, 0, {0: 1})])


def en_b03(name: str) -> None:
    """Level 1 has w:lvlRestart 0 (never restarts): clause 4's sub-clauses continue "c.", "d."; bullets at level 2."""
    levels = clause_levels("lowerLetter", "%2.", restart=0)
    levels[2] = Level("bullet", "\u2022", font="Symbol")
    paras = thimun_heading("Economic and Social Council", "Access to clean cooking fuels in rural areas",
                           "Bangladesh", "Ethiopia, Guatemala, Nepal, Rwanda")
    paras += [
        organ("THE ECONOMIC AND SOCIAL COUNCIL,"),
        pre("Aware", " that billions of people still cook with wood, charcoal or kerosene on open fires,"),
        pre("Deeply concerned", " that smoke from cooking fires causes millions of early deaths every year, most of "
            "them women and children,"),
        pre("Recognizing", " that collecting firewood takes hours each day that girls could spend at school,"),
        op("Calls upon", " Member States to include clean cooking in their national energy plans;", (1, 0)),
        op("Encourages", " Member States to make clean stoves and fuels affordable for poor households by:",
           (1, 0)),
        sub("removing import duties on efficient stoves;", (1, 1)),
        sub("supporting small businesses that sell and repair stoves in villages, such as:", (1, 1)),
        sub("cooperatives run by women;", (1, 2)),
        sub("local workshops trained by technical colleges;", (1, 2)),
        op("Invites", " development partners to finance liquefied petroleum gas and biogas networks in rural "
           "areas;", (1, 0)),
        op("Requests", " the Secretary-General to report on progress towards universal access to clean cooking, "
           "covering:", (1, 0)),
        sub("the number of households that have changed to clean fuels;", (1, 1)),
        sub("the effect of the change on the health of women and children;", (1, 1)),
        op("Recommends", " that Member States run campaigns on the health risks of household smoke.", (1, 0)),
    ]
    build_docx(name, paras, [Abstract(0, levels, nsid="0D4E6B91")], [Num(1, 0)])


def en_b04(name: str) -> None:
    """Level 1 is "%1.%2." with w:isLgl: Word shows the sub-clauses "2.1.", "2.2.", "2.3."; a space after labels."""
    levels = clause_levels("lowerLetter", "%1.%2.", is_lgl=True)
    levels[0] = Level("decimal", "%1.", suff="space")
    paras = mun_heading("Economic and Social Council", "Youth unemployment after the pandemic",
                        "Jordan, Spain", "Brazil, Egypt, Indonesia, Tunisia")
    paras += [
        organ("The Economic and Social Council,"),
        pre("Noting with deep concern", " that one young person in five is neither in employment nor in "
            "education or training,"),
        pre("Recalling", " the commitment of the 2030 Agenda for Sustainable Development to decent work for "
            "all young people,"),
        pre("Convinced", " that apprenticeships connect schools with employers,"),
        op("Encourages", " Member States to guarantee every young person an offer of a job, training or further "
           "education within four months of leaving school;", (1, 0)),
        op("Calls upon", " Member States to expand apprenticeships, in particular by:", (1, 0)),
        sub("sharing the cost of training with small and medium-sized enterprises;", (1, 1)),
        sub("recognizing skills gained in apprenticeships across borders;", (1, 1)),
        sub("opening apprenticeships in the green and digital economy to young women;", (1, 1)),
        op("Invites", " the International Labour Organization to advise Member States on public employment "
           "services for young people;", (1, 0)),
        op("Requests", " the Secretary-General to include youth employment in his annual report on the "
           "Sustainable Development Goals.", (1, 0)),
    ]
    build_docx(name, paras, [Abstract(0, levels, multi="multilevel", nsid="6A0B3F22")], [Num(1, 0)])


STYLE_LINKED = """
<w:style w:type="numbering" w:customStyle="1" w:styleId="ResolutionList">
  <w:name w:val="Resolution List"/>
  <w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="OperativeClause">
  <w:name w:val="Operative Clause"/>
  <w:basedOn w:val="Normal"/>
  <w:qFormat/>
  <w:pPr><w:numPr><w:numId w:val="8"/></w:numPr><w:spacing w:after="120"/></w:pPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SubClause">
  <w:name w:val="Sub Clause"/>
  <w:basedOn w:val="OperativeClause"/>
  <w:qFormat/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>
</w:style>
"""


def en_b05(name: str) -> None:
    """Numbering through paragraph styles linked to a numbering style (numStyleLink / styleLink); one sub-clause
    was given the clause style and becomes clause "4."."""
    paras = thimun_heading("Third Committee (Social, Humanitarian and Cultural)",
                           "Antimicrobial resistance and public health", "Denmark",
                           "Thailand, Viet Nam, South Africa, Colombia")
    paras += [
        organ("THE GENERAL ASSEMBLY,"),
        pre("Gravely concerned", " that infections resistant to antibiotics kill more than a million people a "
            "year,"),
        pre("Recognizing", " that the overuse of antibiotics in people and in farm animals speeds up resistance,"),
        pre("Guided by", " the Global Action Plan on Antimicrobial Resistance,"),
        op("Urges", " Member States to sell antibiotics for human use only on prescription;", style="OperativeClause"),
        op("Calls upon", " Member States to end the use of antibiotics to promote the growth of farm animals;",
           style="OperativeClause"),
        op("Encourages", " Member States to strengthen the surveillance of resistant infections by:",
           style="OperativeClause"),
        sub("reporting their data to the Global Antimicrobial Resistance and Use Surveillance System;",
            style="SubClause"),
        sub("equipping national reference laboratories to test bacteria for resistance;", style="OperativeClause"),
        op("Invites", " research funders to support the development of new antibiotics and rapid diagnostic "
           "tests;", style="OperativeClause"),
        op("Requests", " the World Health Organization to help low-income countries draw up national action "
           "plans on antimicrobial resistance.", style="OperativeClause"),
    ]
    abstracts = [Abstract(10, clause_levels(), multi="multilevel", style_link="ResolutionList", nsid="3B9C0A17"),
                 Abstract(11, {}, multi="multilevel", num_style_link="ResolutionList", nsid="7E21D4C5")]
    build_docx(name, paras, abstracts, [Num(7, 10), Num(8, 11)], styles=STYLE_LINKED)


def en_b06(name: str) -> None:
    """Typed "a." / "b." before Word's own "(a)" / "(b)"; an empty numbered paragraph between clauses 3 and 4."""
    paras = mun_heading("Third Committee (Social, Humanitarian and Cultural)", "The safety of journalists",
                        "Ireland, Mexico", "Austria, Costa Rica, Lithuania, Tunisia")
    paras += [
        organ("The General Assembly,"),
        pre("Reaffirming", " that freedom of expression includes the freedom to seek, receive and impart "
            "information,"),
        pre("Deeply disturbed", " that most killings of journalists remain unpunished,"),
        pre("Aware", " that women journalists face particular threats online,"),
        op("Expresses its grave concern", " at all attacks on journalists and media workers;", (1, 0)),
        op("Calls upon", " Member States to protect journalists, in particular by:", (1, 0)),
        sub("a. investigating every attack on a journalist promptly and independently;", (1, 1)),
        sub("b. training police officers who police demonstrations to respect the work of the press;", (1, 1)),
        op("Encourages", " media organizations to offer safety training and insurance to freelance reporters;",
           (1, 0)),
        Para([], (1, 0)),
        op("Invites", " online platforms to act quickly on threats against journalists reported to them;",
           (1, 0)),
        op("Requests", " the Secretary-General to report on the safety of journalists at its next session.",
           (1, 0)),
    ]
    build_docx(name, paras, [Abstract(0, clause_levels(), nsid="48C2E7F0")], [Num(1, 0)])


def en_b07(name: str) -> None:
    """HTML (<ol>, <ol type="a">, <ol start>) converted by LibreOffice: a typed "4." between two lists and a
    sub-list that starts at "c."."""
    convert(SRC / "en-b07.html", name, "HTML (StarWriter)")


def en_b08(name: str) -> None:
    """RTF with a list table converted by LibreOffice: the operative clauses are bullets."""
    convert(SRC / "en-b08.rtf", name)


def en_b09(name: str) -> None:
    """Correct, shaped like a Google Docs export: every clause its own w:num (one abstractNum, so Word continues
    the count), every sub-list a list of its own whose level 0 is indented as a sub-level."""
    clause = clause_levels()
    for ilvl in range(9):
        clause[ilvl].hanging = 360
    sub_list = {ilvl: Level(fmt, text, left=1440 + 720 * ilvl, hanging=360) for ilvl, (fmt, text) in enumerate(
        [("lowerLetter", "(%1)"), ("lowerRoman", "(%2)"), ("decimal", "%3."), ("lowerLetter", "%4."),
         ("lowerRoman", "%5."), ("decimal", "%6."), ("lowerLetter", "%7."), ("lowerRoman", "%8."),
         ("decimal", "%9.")])}
    paras = mun_heading("Human Rights Council", "The right to education of refugee children", "Uganda",
                        "Canada, Germany, Jordan, Lebanon, Türkiye")
    paras += [
        organ("The Human Rights Council,"),
        pre("Recalling", " the Convention on the Rights of the Child and the Convention relating to the Status "
            "of Refugees,"),
        pre("Concerned", " that about half of all refugee children of school age do not go to school,"),
        pre("Commending", " host countries that have opened their national schools to refugee children,"),
        op("Calls upon", " States to include refugee children in their national education systems;", (11, 0)),
        op("Encourages", " host States to remove the barriers that keep refugee children out of school, such as:",
           (12, 0)),
        sub("demands for documents that refugees cannot obtain;", (21, 0)),
        sub("school fees and the cost of uniforms and books;", (21, 0)),
        op("Urges", " donors to give multi-year funding for the education of refugees;", (13, 0)),
        op("Invites", " the Office of the United Nations High Commissioner for Refugees to support host States "
           "in:", (14, 0)),
        sub("training teachers for classes in which children speak several languages;", (22, 0)),
        sub("recognizing the schooling that refugee children received before they fled;", (22, 0)),
        op("Requests", " the Office of the United Nations High Commissioner for Human Rights to present a report "
           "on the education of refugee children at its next session.", (15, 0)),
    ]
    abstracts = [Abstract(0, clause, nsid="00A1B2C3"), Abstract(1, dict(sub_list), nsid="00A1B2C4"),
                 Abstract(2, dict(sub_list), nsid="00A1B2C5")]
    nums = [Num(n, 0) for n in range(11, 16)] + [Num(21, 1), Num(22, 2)]
    build_docx(name, paras, abstracts, nums)


DRAFTS_EN: dict[str, Callable[[str], None]] = {
    "en-b01-correct-word-multilevel": en_b01,
    "en-b02-start-override-on-clause-5": en_b02,
    "en-b03-sub-list-never-restarts-and-bullets": en_b03,
    "en-b04-legal-numbering-sub-clauses": en_b04,
    "en-b05-style-linked-sub-clause-as-clause": en_b05,
    "en-b06-typed-letters-and-empty-numbered-paragraph": en_b06,
    "en-b07-html-typed-number-and-sub-list-at-c": en_b07,
    "en-b08-rtf-operative-bullets": en_b08,
    "en-b09-correct-google-docs-lists": en_b09,
}
