"""The English word-blind3 drafts: each function builds one Doc; the faults a chair marks sit next to the paragraph."""

from __future__ import annotations

from wordxml import (
    Doc,
    abstract,
    br,
    dele,
    field_complex,
    field_simple,
    hyperlink,
    ins,
    level,
    num,
    para,
    run,
    sdt_block,
    sdt_run,
    table,
    text_box_run,
)

Faults = list[tuple[str, str]]


def _mun_list(doc: Doc, aid: int = 0, num_id: int = 1) -> None:
    """The usual Word multilevel list of a MUN draft: "1." / "(a)" / "(i)"."""
    doc.abstract_nums.append(abstract(aid, [
        level(0, "decimal", "%1.", 720), level(1, "lowerLetter", "(%2)", 1440), level(2, "lowerRoman", "(%3)", 2160),
    ]))
    doc.nums.append(num(num_id, aid))


def _heading(doc: Doc, committee: str, topic: str, sponsors: str, signatories: str,
             faults: dict[int, Faults] | None = None) -> None:
    faults = faults or {}
    for i, (label, value) in enumerate((("Committee: ", committee), ("Topic: ", topic), ("Sponsors: ", sponsors),
                                        ("Signatories: ", signatories))):
        doc.body.append(para(doc, run(label, "b"), run(value), faults=faults.get(i)))


def _organ(doc: Doc, text: str = "The General Assembly,", **kw: object) -> None:
    doc.body.append(para(doc, run(text, "i"), **kw))  # type: ignore[arg-type]


def _pre(doc: Doc, lead: str, rest: str, faults: Faults | None = None, fmt: str = "i", **kw: object) -> str:
    return para(doc, run(lead, fmt), run(rest), faults=faults, **kw)  # type: ignore[arg-type]


def _op(doc: Doc, lead: str, rest: str, num_at: tuple[int, int] | None = (1, 0), faults: Faults | None = None,
        fmt: str = "u", **kw: object) -> str:
    return para(doc, run(lead, fmt), run(rest), num=num_at, faults=faults, **kw)  # type: ignore[arg-type]


def _sub(doc: Doc, text: str, num_at: tuple[int, int] = (1, 1), faults: Faults | None = None, **kw: object) -> str:
    return para(doc, run(text), num=num_at, faults=faults, **kw)  # type: ignore[arg-type]


def legal_sub_labels() -> Doc:
    """en-e01: Word's legal outline list: sub-clauses "2.1", sub-sub-clauses "4.2.1"."""
    doc = Doc()
    doc.abstract_nums.append(abstract(0, [
        level(0, "decimal", "%1.", 720), level(1, "decimal", "%1.%2", 1224, 504),
        level(2, "decimal", "%1.%2.%3", 1728, 648),
    ], multi="multilevel"))
    doc.nums.append(num(1, 0))
    _heading(doc, "Second Committee (Economic and Financial)", "Glacial lake outburst floods in mountain regions",
             "Nepal, Peru, Switzerland", "Bhutan, Chile, Kyrgyzstan, Norway, Pakistan")
    _organ(doc)
    b = doc.body
    b.append(_pre(doc, "Alarmed", " that the number and size of glacial lakes have grown sharply since 1990,"))
    b.append(_pre(doc, "Recalling", " the Sendai Framework for Disaster Risk Reduction 2015–2030,"))
    b.append(_pre(doc, "Noting with concern", " that many villages below such lakes receive less than one hour of "
                  "warning before a flood arrives,"))
    b.append(_pre(doc, "Recognizing", " the work of mountain communities that already watch lake levels by hand,"))
    b.append(_op(doc, "Encourages", " Member States with glaciated mountains to map every glacial lake that "
                 "threatens a settlement by 2030;"))
    b.append(_op(doc, "Calls upon", " donors to fund early warning systems that include:"))
    lab = "sub-clause labelled \"{0}\" by Word's outline list (lvlText %1.%2); expected «({1})» (UN-B10, MUN-F06)"
    b.append(_sub(doc, "automatic water-level sensors at the outlet of each dangerous lake;",
                  faults=[("sub-clause-label", lab.format("2.1", "a"))]))
    b.append(_sub(doc, "sirens and text-message alerts that reach every village downstream;",
                  faults=[("sub-clause-label", lab.format("2.2", "b"))]))
    b.append(_op(doc, "Requests", " the United Nations Office for Disaster Risk Reduction to publish each year a "
                 "list of the lakes judged at high risk;"))
    b.append(_op(doc, "Recommends", " that national disaster agencies:"))
    b.append(_sub(doc, "train local volunteers to read the sensors and sound the alarm;",
                  faults=[("sub-clause-label", lab.format("4.1", "a"))]))
    b.append(_sub(doc, "hold evacuation drills in villages within ten kilometres of a lake, in particular:",
                  faults=[("sub-clause-label", lab.format("4.2", "b"))]))
    lab3 = ("sub-sub-clause labelled \"{0}\" by Word's outline list (lvlText %1.%2.%3); expected «({1})» "
            "(UN-B10, MUN-F06)")
    b.append(_sub(doc, "drills at night, when most past floods have struck;", num_at=(1, 2),
                  faults=[("sub-clause-label", lab3.format("4.2.1", "i"))]))
    b.append(_sub(doc, "drills that include schools and health posts;", num_at=(1, 2),
                  faults=[("sub-clause-label", lab3.format("4.2.2", "ii"))]))
    b.append(_op(doc, "Invites", " the Secretary-General to report on progress at its eighty-third session."))
    return doc


def style_linked_list() -> Doc:
    """en-e02: a list reached through w:numStyleLink / w:styleLink; a clause demoted to level 1; w:isLgl on level 2;
    the list continues across a continuous section break."""
    doc = Doc()
    doc.extra_styles = ('<w:style w:type="numbering" w:customStyle="1" w:styleId="ResolutionList">'
                        '<w:name w:val="Resolution List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
                        '</w:style>')
    doc.abstract_nums.append(abstract(0, [
        level(0, "decimal", "%1.", 720), level(1, "lowerLetter", "(%2)", 1440),
        level(2, "lowerRoman", "(%3)", 2160, is_lgl=True),
    ], multi="multilevel", extra='<w:styleLink w:val="ResolutionList"/>'))
    doc.abstract_nums.append(abstract(1, [], multi="multilevel", extra='<w:numStyleLink w:val="ResolutionList"/>'))
    doc.nums.append(num(1, 0))
    doc.nums.append(num(2, 1))
    _heading(doc, "Second Committee (Economic and Financial)", "Artificial light at night and urban planning",
             "Chile, Italy, New Zealand", "Canada, Croatia, Namibia, Spain")
    _organ(doc)
    b = doc.body
    b.append(_pre(doc, "Aware", " that artificial light at night has grown by about two per cent a year worldwide,"))
    b.append(_pre(doc, "Concerned", " that excessive street lighting wastes energy and disturbs migrating birds,"))
    b.append(_pre(doc, "Noting", " that several cities have halved their lighting costs with shielded lamps,"))
    b.append(_op(doc, "Encourages", " municipalities to adopt lighting plans that limit light shining upwards;",
                 num_at=(2, 0)))
    b.append(_op(doc, "Recommends", " that new street lamps be:", num_at=(2, 0)))
    b.append(_sub(doc, "fully shielded, so that no light is emitted above the horizontal;", num_at=(2, 1)))
    b.append(_sub(doc, "fitted with warm-coloured bulbs and timers;", num_at=(2, 1)))
    b.append(_op(doc, "Invites", " the United Nations Human Settlements Programme to collect examples of good "
                 "municipal lighting plans;", num_at=(2, 1),
                 faults=[("numbering", 'operative clause "Invites the United Nations Human Settlements Programme…" '
                          'demoted to level 1 of the list: Word shows it as sub-clause "(c)" of clause 2 instead '
                          'of «3.» (UN-B07, MUN-F05)')],
                 sect='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                      '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
                      'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'))
    b.append(_op(doc, "Calls upon", " Member States to protect dark-sky areas, including through:", num_at=(2, 0)))
    b.append(_sub(doc, "national parks where lighting is kept to what safety requires, notably:", num_at=(2, 1)))
    lgl = ('sub-sub-clause labelled "({0})" (level 2 set to legal numbering, w:isLgl, so Word shows Arabic '
           'figures); expected «({1})» (UN-B10, MUN-F06)')
    b.append(_sub(doc, "paths lit only at ground level;", num_at=(2, 2), faults=[("sub-clause-label", lgl.format(1, "i"))]))
    b.append(_sub(doc, "car parks closed after midnight;", num_at=(2, 2), faults=[("sub-clause-label", lgl.format(2, "ii"))]))
    b.append(_sub(doc, "school programmes that teach children about the night sky;", num_at=(2, 1)))
    b.append(_op(doc, "Requests", " the Secretary-General to report on the implementation of the present "
                 "resolution at its eighty-second session.", num_at=(2, 0)))
    return doc


def table_cells() -> Doc:
    """en-e03: the conference template puts the operative clauses in a one-column table, Word-numbered in the cells."""
    doc = Doc()
    _mun_list(doc)
    doc.abstract_nums.append(abstract(1, [level(0, "decimal", "%1.", 720)]))
    doc.nums.append(num(2, 1))
    _heading(doc, "Second Committee (Economic and Financial)", "Desalination and water security in arid regions",
             "Jordan, Oman, Morocco", "Australia, Israel, Malta, Namibia, Tunisia")
    _organ(doc)
    b = doc.body
    b.append(_pre(doc, "Recognizing", " that more than two billion people live in countries under high water "
                  "stress,"))
    b.append(_pre(doc, "Concerned", " that the brine returned to the sea by desalination plants harms coastal "
                  "ecosystems,"))
    b.append(_pre(doc, "Welcoming", " the falling cost of desalination powered by solar energy,"))
    rows = [
        [[_op(doc, "Encourages", " Member States in arid regions to include desalination in their national water "
              "plans;")]],
        [[_op(doc, "Calls upon", " operators of desalination plants:"),
          _sub(doc, "to dilute brine before it is returned to the sea;"),
          _sub(doc, "to monitor the sea floor around each outfall;")]],
        [[_op(doc, "Invites", " regional development banks to lend on favourable terms for plants powered by "
              "renewable energy;", num_at=(2, 0),
              faults=[("numbering", 'clause in the third row is in a list of its own: Word shows "1." where '
                       '«3.» follows clause 2 (UN-B07, MUN-F05)')])]],
        [[_op(doc, "Requests", " the United Nations Environment Programme to publish guidance on brine disposal.",
              faults=[("operative-end-mark", 'operative clause ends with "." though a clause follows; expected «;» '
                       "(UN-B09, MUN-F05)")])]],
        [[_op(doc, "Decides", " to review the question at its eighty-third session.")]],
    ]
    b.append(table(rows))
    b.append(para(doc))
    return doc


def content_controls() -> Doc:
    """en-e04: a conference template of content controls: heading values, a drop-down list of preambular leads,
    one rich-text control per operative clause; two controls still show their placeholder."""
    doc = Doc()
    _mun_list(doc)
    b = doc.body
    heading = [("Committee: ", "Third Committee (Social, Humanitarian and Cultural)"),
               ("Topic: ", "Recognition of national sign languages"),
               ("Sponsors: ", "Finland, Kenya, Uruguay")]
    for label, value in heading:
        b.append(para(doc, run(label, "b"), sdt_run(label.strip(": "), run(value))))
    b.append(para(doc, run("Signatories: ", "b"),
                  sdt_run("Signatories", run("Click or tap here to enter text.", style="PlaceholderText"),
                          placeholder=True),
                  faults=[("heading-field-missing", 'the Signatories line still shows the template\'s placeholder '
                           '"Click or tap here to enter text." and names no State (MUN-H01)')]))
    _organ(doc)
    leads = ["Recognizing", "Noting", "Concerned", "Affirming", "Deeply concerned", "Welcoming"]
    b.append(para(doc, sdt_run("Preambular phrase", run("Recognizing", "i"), dropdown=leads),
                  run(" that deaf children learn best when taught in a sign language from an early age,")))
    b.append(para(doc, sdt_run("Preambular phrase", run("Choose an item.", style="PlaceholderText"),
                               placeholder=True, dropdown=leads),
                  run(" that fewer than half of all States recognize a national sign language in law,"),
                  faults=[("other", 'the template\'s drop-down for the lead still shows its placeholder "Choose an '
                           'item." so the clause has no preambulatory phrase (not a preambulatory phrase; UN-B03)')]))
    b.append(para(doc, sdt_run("Preambular phrase", run("Concerned", "i"), dropdown=leads),
                  run(" by the shortage of qualified sign language interpreters in courts and hospitals."),
                  faults=[("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)')]))
    b.append(sdt_block("Operative clause", _op(doc, "Encourages", " Member States to give their national sign "
                                               "languages legal recognition;")))
    b.append(sdt_block("Operative clause", _op(doc, "Recommends", " that public broadcasters:"),
                       _sub(doc, "interpret their main news programmes into the national sign language;"),
                       _sub(doc, "caption all programmes they broadcast;")))
    b.append(sdt_block("Operative clause", _op(doc, "Calls upon", " universities to train interpreters, including "
                                               "deaf interpreters;")))
    b.append(sdt_block("Operative clause", _op(doc, "Requests", " the Secretary-General to make the United Nations "
                                               "web television available in International Sign.")))
    return doc


def tracked_leads_hidden_text() -> Doc:
    """en-e05: tracked insertions and deletions inside leads, hidden text, numbering changes recorded as w:pPrChange."""
    doc = Doc()
    _mun_list(doc)
    _heading(doc, "Second Committee (Economic and Financial)", "Conservation of crop genetic diversity in seed banks",
             "Ethiopia, Mexico, Norway", "Colombia, India, Lebanon, Syria, Zambia")
    _organ(doc)
    b = doc.body
    b.append(para(doc, dele("Recalling", "i"), ins(run("Reaffirming", "i")),
                  run(" the International Treaty on Plant Genetic Resources for Food and Agriculture,")))
    b.append(para(doc, dele("Noting", "i"), ins(run("Notes", "i")),
                  run(" with regret that several national seed banks were lost in recent armed conflicts,"),
                  faults=[("wrong-lead-form", 'the accepted lead "Notes with regret" is an operative verb form opening '
                           "a preambular clause; expected «Noting with regret» (UN-B03)")]))
    b.append(para(doc, run("Aware", "i"), run(" that seeds stored at room temperature lose their viability within a "
                                              "few years"),
                  run(" [check: FAO figure. Source?]", "h"), run(",")))
    b.append(para(doc, run("Welcoming", "ih"), run(" the opening of regional seed vaults in Africa and Asia,"),
                  faults=[("other", 'the lead "Welcoming" is hidden text (w:vanish): the page shows the clause '
                           'opening "the opening of regional seed vaults…", not a preambulatory phrase (UN-B03)')]))
    b.append(_op(doc, "Urges", " Member States to keep duplicate samples of their seed collections in at least one "
                 "other country;"))
    b.append(para(doc, dele("Urges", "u"), ins(run("Encourages")),
                  run(" farmers' organizations to deposit traditional varieties with national seed banks;"),
                  num=(1, 0),
                  faults=[("emphasis", 'the accepted lead "Encourages" (a tracked insertion) is not underlined, unlike '
                           "the other operative leads (MUN-F03)")]))
    b.append(para(doc, run("Calls upon", "u"), run(" donors to fund the rescue of collections threatened by "
                                                   "conflict or disaster;"),
                  num=(1, 0), change_from=""))
    b.append(para(doc, run("Invites", "u"), run(" the Food and Agriculture Organization of the United Nations to "
                                                "train seed bank staff in developing countries;"),
                  change_from='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>',
                  faults=[("numbering", 'a tracked format change took the clause out of the list: once accepted the '
                           'clause "Invites the Food and Agriculture Organization…" has no number (expected «4.») '
                           "(UN-B07, MUN-F05)")]))
    b.append(_op(doc, "Requests", " the Secretary-General to report on the state of the world's seed banks at its "
                 "eighty-second session."))
    return doc


def links_fields_breaks() -> Doc:
    """en-e06: hyperlinks and fields around leads, a manual line break inside a clause, two clauses in one
    paragraph."""
    doc = Doc()
    _mun_list(doc)
    _heading(doc, "Third Committee (Social, Humanitarian and Cultural)", "Snakebite envenoming in rural areas",
             "India, Nigeria, Papua New Guinea", "Bangladesh, Brazil, Costa Rica, Myanmar, Togo")
    _organ(doc)
    b = doc.body
    b.append(para(doc, field_complex(' HYPERLINK "https://apps.who.int/gb/ebwha/pdf_files/WHA71/A71_R5-en.pdf" ',
                                     run("Recalling", "i"), run(" World Health Assembly resolution WHA71.5")),
                  run(" on snakebite envenoming,")))
    b.append(para(doc, run("Alarmed", "i"), run(" that snakebite kills tens of thousands of people every year,"), br(),
                  run("most of them farmers and children far from any hospital,")))
    b.append(para(doc, hyperlink(doc, "https://www.who.int/health-topics/snakebite",
                                 run("Noting", "i", style="Hyperlink")),
                  run(" the strategy of the World Health Organization to halve deaths and disabilities from snakebite by 2030,")))
    b.append(para(doc, field_simple(' QUOTE "Emphasizing" ', run("Emphasizing", "i")),
                  run(" that antivenoms must be safe, effective and affordable,")))
    b.append(para(doc, hyperlink(doc, "https://www.who.int/teams/control-of-neglected-tropical-diseases",
                                 run("Encourages", "u", style="Hyperlink")),
                  run(" Member States to include snakebite in their national health plans;"), num=(1, 0)))
    b.append(para(doc, run("Calls upon", "u"), run(" manufacturers to increase the production of antivenoms suited to "
                                                   "the snakes of each region;"), br(),
                  run("Invites", "u"), run(" regional health bodies to pool the purchase of antivenoms;"), num=(1, 0),
                  faults=[("numbering", 'two clauses in one paragraph: after a manual line break "Invites regional '
                           'health bodies…" stands as a clause of its own with no number (expected «3.», the next '
                           "clause «4.») (UN-B07, MUN-F05)")]))
    b.append(para(doc, run("Recommends", "u"), run(" that health workers in rural clinics be trained to:"), num=(1, 0)))
    b.append(_sub(doc, "give first aid without tourniquets or incisions;"))
    b.append(_sub(doc, "decide quickly when a patient must be moved to a hospital;"))
    b.append(_op(doc, "Requests", " the Secretary-General to report on progress at its eighty-second session."))
    return doc


GD = ('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" '
      'w:hAnsi="Times New Roman"/><w:rtl w:val="0"/>')
GD_PPR = ('<w:spacing w:after="0" w:afterAutospacing="0" w:before="0" w:beforeAutospacing="0" w:line="276" '
          'w:lineRule="auto"/>')


def _gd(text: str, fmt: str = "") -> str:
    return run(text, fmt, extra=GD)


def google_docs_export() -> Doc:
    """en-e07: a Google Docs export: fonts and w:rtl 0 on every run, justified paragraphs, each list its own
    nine-level definition; sub-clauses typed as a bulleted list; one clause split by a stray Enter."""
    doc = Doc(font="Arial", size=22)
    bullets = ["●", "○", "■"] * 3
    doc.abstract_nums.append(abstract(0, [level(i, "decimal" if i == 0 else ("lowerLetter" if i % 3 == 1 else
                                                                             "lowerRoman"),
                                                "%1." if i == 0 else f"%{i + 1}.", 720 * (i + 1))
                                          for i in range(9)], multi="multilevel"))
    doc.abstract_nums.append(abstract(1, [level(i, "bullet", bullets[i], 1440 + 720 * i, font="")
                                          for i in range(9)], multi="multilevel"))
    doc.nums += [num(1, 0), num(2, 1)]
    b = doc.body

    def gp(*runs: str, numbered: tuple[int, int] | None = None, jc: str = "both",
           faults: Faults | None = None) -> str:
        return para(doc, *runs, num=numbered, jc=jc, extra_ppr=GD_PPR, faults=faults)

    for label, value in (("Committee: ", "Second Committee (Economic and Financial)"),
                         ("Topic: ", "Avalanche forecasting and mountain safety"),
                         ("Sponsors: ", "Austria, Georgia, Tajikistan"),
                         ("Signatories: ", "Argentina, France, Iceland, Kazakhstan, Nepal")):
        b.append(gp(_gd(label, "b"), _gd(value), jc="left"))
    b.append(gp(_gd("The General Assembly,", "i"), jc="left"))
    b.append(gp(_gd("Alarmed", "i"), _gd(" that avalanches kill several hundred people in mountain regions every "
                                        "winter,")))
    b.append(gp(_gd("Noting", "i"), _gd(" that the avalanche bulletins of"),
                faults=[("other", 'a stray paragraph mark breaks the clause in two: "…the avalanche bulletins of" '
                         'ends with no mark and the clause goes on in the next paragraph ("neighbouring countries '
                         'are…"); one clause, ending «,» (UN-B05)')]))
    b.append(gp(_gd("neighbouring countries are issued on different danger scales,")))
    b.append(gp(_gd("Recognizing", "i"), _gd(" the value of the five-level European avalanche danger scale,")))
    b.append(gp(_gd("Encourages", "u"), _gd(" mountain States to issue avalanche bulletins every day of the winter "
                                          "season;"), numbered=(1, 0)))
    b.append(gp(_gd("Recommends", "u"), _gd(" that avalanche bulletins:"), numbered=(1, 0)))
    bl = 'sub-clause labelled with a bullet "●" (a bulleted list); expected «({0})» (UN-B10, MUN-F06)'
    b.append(gp(_gd("use one common danger scale across borders;"), numbered=(2, 0),
                faults=[("sub-clause-label", bl.format("a"))]))
    b.append(gp(_gd("be published in the languages of visitors as well as of residents;"), numbered=(2, 0),
                faults=[("sub-clause-label", bl.format("b"))]))
    b.append(gp(_gd("be shared through mobile applications free of charge;"), numbered=(2, 0),
                faults=[("sub-clause-label", bl.format("c"))]))
    b.append(gp(_gd("Calls upon", "u"), _gd(" ski resorts to train their staff in avalanche rescue;"),
                numbered=(1, 0)))
    b.append(gp(_gd("Requests", "u"), _gd(" the World Meteorological Organization to support national avalanche "
                                        "services with training and data."), numbered=(1, 0)))
    return doc


HN = '<w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue" w:cs="Helvetica Neue"/>'


def pages_text_box() -> Doc:
    """en-e08: a Pages export of a page-layout document: heading in body paragraphs with Pages' styles, the
    resolution text in a text box; sub-clauses typed as a dash list."""
    doc = Doc(font="Helvetica Neue", size=22)
    doc.extra_styles = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Body"><w:name w:val="Body"/>'
                        '<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr>' + HN + '<w:color w:val="000000"/></w:rPr>'
                        '</w:style>')
    doc.abstract_nums.append(abstract(0, [level(0, "decimal", "%1.", 360, 360, suff="tab"),
                                          level(1, "lowerLetter", "(%2)", 720, 360, suff="tab")], multi="multilevel"))
    doc.abstract_nums.append(abstract(1, [level(0, "bullet", "-", 720, 360, suff="tab"),
                                          level(1, "bullet", "-", 1080, 360, suff="tab")], multi="multilevel"))
    doc.nums += [num(1, 0), num(2, 1)]
    b = doc.body
    for label, value in (("Committee: ", "Second Committee (Economic and Financial)"),
                         ("Topic: ", "Lithium mining and water in high-altitude salt flats"),
                         ("Sponsors: ", "Argentina, Bolivia (Plurinational State of), Chile"),
                         ("Signatories: ", "Australia, China, Germany, Portugal, Zimbabwe")):
        b.append(para(doc, run(label, "b"), run(value), style="Body"))
    box: list[str] = []
    box.append(para(doc, run("The General Assembly,", "i"), style="Body"))
    box.append(para(doc, run("Noting", "i"), run(" the rising demand for lithium for batteries,"), style="Body"))
    box.append(para(doc, run("Concerned", "i"), run(" that the extraction of lithium brine uses scarce water in "
                                                    "arid highlands;"), style="Body"))
    box.append(para(doc, run("Aware", "i"), run(" of the rights of indigenous peoples who live around the salt "
                                                "flats,"), style="Body"))
    box.append(para(doc, run("Calls upon", "u"), run(" mining companies to publish how much water each operation "
                                                     "uses;"), style="Body", num=(1, 0)))
    box.append(para(doc, run("Recommends", "u"), run(" that permits for new mines require:"), style="Body",
                    num=(1, 0)))
    box.append(para(doc, run("a study of the effects on groundwater;"), style="Body", num=(2, 0)))
    box.append(para(doc, run("the free, prior and informed consent of affected communities;"), style="Body",
                    num=(2, 0)))
    box.append(para(doc, run("Encourages", "u"), run(" research into extraction methods that return brine to the "
                                                     "ground;"), style="Body", num=(1, 0)))
    box.append(para(doc, run("Requests", "u"), run(" the United Nations Environment Programme to report on the "
                                                   "environmental effects of lithium mining."), style="Body",
                    num=(1, 0)))
    b.append(para(doc, text_box_run(box), style="Body", faults=[
        ("preambular-end-mark", 'in the text box: the preambular clause "Concerned that the extraction of lithium '
         'brine…" ends with ";" instead of «,» (UN-B05, MUN-F04)'),
        ("sub-clause-label", 'in the text box: sub-clause "a study of the effects on groundwater;" labelled with a '
         'dash bullet "-"; expected «(a)» (UN-B10, MUN-F06)'),
        ("sub-clause-label", 'in the text box: sub-clause "the free, prior and informed consent…" labelled with a '
         'dash bullet "-"; expected «(b)» (UN-B10, MUN-F06)'),
    ]))
    return doc


def correct_sections_and_table() -> Doc:
    """en-e09: correct: justified text, the clause list continued across a continuous section break and across a
    table, a manual line break inside a clause, explicit w:bidi 0."""
    doc = Doc()
    _mun_list(doc)
    b = doc.body
    bidi0 = '<w:bidi w:val="0"/>'
    _heading(doc, "Second Committee (Economic and Financial)", "Protection of migratory shorebirds along flyways",
             "Australia, Republic of Korea, Senegal", "Ghana, Mauritania, Netherlands (Kingdom of the), Philippines")
    _organ(doc)
    b.append(_pre(doc, "Noting", " that shorebird populations along the East Asian–Australasian Flyway have fallen "
                  "by up to eighty per cent in four decades,", jc="both", extra_ppr=bidi0))
    b.append(_pre(doc, "Recognizing", " that tidal flats are feeding grounds that the birds cannot do without,",
                  jc="both", extra_ppr=bidi0,
                  sect='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" '
                       'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                       '<w:cols w:space="708"/></w:sectPr>'))
    b.append(_pre(doc, "Welcoming", " the inscription of several tidal flats on the World Heritage List,",
                  jc="both", extra_ppr=bidi0))
    b.append(_op(doc, "Encourages", " States along each flyway to protect the tidal flats where shorebirds stop to "
                 "feed;", jc="both", extra_ppr=bidi0,
                 sect='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" '
                      'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                      '<w:cols w:space="708"/></w:sectPr>'))
    b.append(_op(doc, "Calls upon", " Member States to count shorebirds at their main sites at least once a year "
                 "and to share the counts with the Convention on Migratory Species;", jc="both", extra_ppr=bidi0))
    b.append(_op(doc, "Adopts", " the following targets for the area of protected tidal flats:", jc="both",
                 extra_ppr=bidi0))
    b.append(table([[[para(doc, run("Year", "b"))], [para(doc, run("Share of tidal flats protected", "b"))]],
                    [[para(doc, run("2030"))], [para(doc, run("30 per cent"))]],
                    [[para(doc, run("2040"))], [para(doc, run("50 per cent"))]]], widths=[2000, 5000]))
    b.append(para(doc, run("Invites", "u"), run(" port authorities to plan new land reclamation away from the "
                                                "feeding grounds"), br(),
                  run("listed by the Convention on Migratory Species;"), num=(1, 0), jc="both", extra_ppr=bidi0))
    b.append(_op(doc, "Requests", " the Secretary-General to report on the state of the flyways at its eighty-third "
                 "session.", jc="both", extra_ppr=bidi0))
    return doc


DRAFTS_EN = {
    "en-e01-legal-outline-sub-labels": legal_sub_labels,
    "en-e02-style-linked-list-demoted-clause": style_linked_list,
    "en-e03-operative-clauses-in-table-cells": table_cells,
    "en-e04-content-controls-with-placeholders": content_controls,
    "en-e05-tracked-leads-hidden-text-format-change": tracked_leads_hidden_text,
    "en-e06-hyperlinks-fields-and-line-breaks": links_fields_breaks,
    "en-e07-google-docs-bullets-and-stray-enter": google_docs_export,
    "en-e08-pages-text-box-dash-sub-labels": pages_text_box,
    "en-e09-correct-sections-table-justified": correct_sections_and_table,
}
