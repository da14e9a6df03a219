"""Build the drafts of the blind set word-blind11 the way LibreOffice Writer makes them, and write annotations.yaml.

    python make_drafts.py                # write src/*.fodt, convert them to .docx with LibreOffice, annotations.yaml
    python make_drafts.py --list         # print each body paragraph: index, LibreOffice's label + text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 60-dpi PNG pages and a text export of each .docx

Each draft is written here as a Flat ODT (``src/<name>.fodt``): LibreOffice's own document model, with ``text:list``
lists over named list styles (nested lists for sub-clauses, ``text:continue-numbering``, ``text:continue-list``,
``text:start-value``, a "1)" format, a list style whose level shows no number, outline numbering through the
Heading styles), character styles, paragraph styles and fonts as a student in Writer sets them. Then
``soffice --headless --convert-to docx:"MS Word 2007 XML"`` writes the .docx: its numbering.xml, styles.xml, fonts
and settings are LibreOffice's. The .docx files are not edited afterwards.

Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based
index of the ``w:p`` in the body of the converted file (counted from the source in document order and checked
against the saved .docx). Written for this set; imports nothing of drafter and no earlier set's script.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- faults and the document model
@dataclass
class F:
    kind: str
    note: str


@dataclass
class Para:
    """A paragraph: runs of (text, text style or None); ``style`` a paragraph style, ``auto`` an automatic one."""
    runs: list[tuple[str, str | None]]
    faults: list[F] = field(default_factory=list)
    style: str = "Standard"
    heading: int | None = None   # outline level: written as text:h

    def xml(self) -> str:
        inner = "".join(f'<text:span text:style-name="{s}">{escape(t)}</text:span>' if s else escape(t)
                        for t, s in self.runs)
        if self.heading:
            return f'<text:h text:style-name="{self.style}" text:outline-level="{self.heading}">{inner}</text:h>'
        return f'<text:p text:style-name="{self.style}">{inner}</text:p>'

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


@dataclass
class Item:
    para: Para
    sub: Lst | None = None
    start: int | None = None     # text:start-value on the item

    def xml(self) -> str:
        start = f' text:start-value="{self.start}"' if self.start is not None else ""
        return f"<text:list-item{start}>{self.para.xml()}{self.sub.xml() if self.sub else ''}</text:list-item>"

    def paragraphs(self) -> list[Para]:
        return [self.para] + (self.sub.paragraphs() if self.sub else [])


@dataclass
class Lst:
    items: list[Item]
    style: str | None = None            # list style (only on the outermost list)
    xml_id: str | None = None
    continue_numbering: bool = False    # text:continue-numbering="true"
    continue_list: str | None = None    # text:continue-list="<xml:id>"

    def xml(self) -> str:
        attrs = ""
        if self.xml_id:
            attrs += f' xml:id="{self.xml_id}"'
        if self.style:
            attrs += f' text:style-name="{self.style}"'
        if self.continue_numbering:
            attrs += ' text:continue-numbering="true"'
        if self.continue_list:
            attrs += f' text:continue-list="{self.continue_list}"'
        return f"<text:list{attrs}>{''.join(i.xml() for i in self.items)}</text:list>"

    def paragraphs(self) -> list[Para]:
        return [p for i in self.items for p in i.paragraphs()]


@dataclass
class Draft:
    name: str
    styles: str                 # office:styles content (default style, paragraph, text and list styles)
    auto: str                   # office:automatic-styles content (besides the page layout)
    fonts: list[str]            # font-face names used
    blocks: list[Para | Lst]
    shapes: str = ""

    def paragraphs(self) -> list[Para]:
        out: list[Para] = []
        for b in self.blocks:
            out += b.paragraphs() if isinstance(b, Lst) else [b]
        return out

    def fodt(self) -> str:
        faces = "".join(f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" '
                        f'style:font-family-generic="{"swiss" if "Sans" in f else "roman"}" style:font-pitch="variable"/>'
                        for f in self.fonts)
        body = "\n".join(b.xml() for b in self.blocks)
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator><dc:creator>student</dc:creator></office:meta>
<office:font-face-decls>{faces}</office:font-face-decls>
<office:styles>
{self.styles}
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb"/></style:page-layout>
{self.auto}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""


# ---------------------------------------------------------------- styles as Writer writes them
def default_style(latin: str, asian: str | None, lang_asian: tuple[str, str] | None, size: str = "12pt") -> str:
    """The default paragraph style: Western font and language, Asian font and language (None: not set)."""
    asian_font = f' style:font-name-asian="{asian}" style:font-size-asian="{size}"' if asian else ""
    if lang_asian:
        asian_lang = f' style:language-asian="{lang_asian[0]}" style:country-asian="{lang_asian[1]}"'
    else:
        asian_lang = ' style:language-asian="none" style:country-asian="none"'
    return (f'<style:default-style style:family="paragraph"><style:paragraph-properties '
            f'fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/><style:text-properties '
            f'style:use-window-font-color="true" style:font-name="{latin}" fo:font-size="{size}" fo:language="en" '
            f'fo:country="US"{asian_font}{asian_lang} style:font-name-complex="Liberation Serif" '
            f'style:font-size-complex="{size}" style:language-complex="hi" style:country-complex="IN"/>'
            f'</style:default-style>')


BASE_STYLES = """<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:line-height="115%"/></style:style>
<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
"""

# automatic text styles: direct formatting of spans
SPANS = """<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>
<style:style style:name="Tu" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
"""


def level(n: int, fmt: str, prefix: str = "", suffix: str = ".", indent: float = 0.635, display: int = 1,
          tag: str = "list-level-style-number", start: int | None = None) -> str:
    """One level of a list style as Writer 7 writes it (label alignment: number, tab, text)."""
    margin = indent * (n + 1)
    pre = f' style:num-prefix="{escape(prefix)}"' if prefix else ""
    suf = f' style:num-suffix="{escape(suffix)}"' if suffix else ""
    disp = f' text:display-levels="{display}"' if display > 1 else ""
    st = f' text:start-value="{start}"' if start else ""
    return (f'<text:{tag} text:level="{n}"{pre}{suf} style:num-format="{escape(fmt)}"{disp}{st}>'
            f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            f'<style:list-level-label-alignment text:label-followed-by="listtab" '
            f'text:list-tab-stop-position="{margin:.3f}cm" fo:text-indent="-{indent:.3f}cm" '
            f'fo:margin-left="{margin:.3f}cm"/></style:list-level-properties></text:{tag}>')


def list_style(name: str, levels: list[str], display_name: str | None = None) -> str:
    disp = f' style:display-name="{display_name}"' if display_name else ""
    return f'<text:list-style style:name="{name}"{disp}>{"".join(levels)}</text:list-style>'


def para_style(name: str, latin: str | None = None, asian: str | None = None, parent: str = "Text_20_body",
               display: str | None = None, extra: str = "", family_class: str = "text") -> str:
    props = ""
    if latin:
        props += f' style:font-name="{latin}"'
    if asian:
        props += f' style:font-name-asian="{asian}"'
    disp = f' style:display-name="{display}"' if display else ""
    text_props = f"<style:text-properties{props}/>" if props else ""
    return (f'<style:style style:name="{name}"{disp} style:family="paragraph" style:parent-style-name="{parent}" '
            f'style:class="{family_class}">{extra}{text_props}</style:style>')


# ---------------------------------------------------------------- helpers for the texts
def p(text: str, faults: list[F] | None = None, style: str = "Text_20_body") -> Para:
    return Para([(text, None)], faults or [], style)


def led(lead: str, rest: str, span: str | None, faults: list[F] | None = None, style: str = "Text_20_body",
        heading: int | None = None) -> Para:
    return Para([(lead, span), (rest, None)], faults or [], style, heading)


def it(para: Para, sub: Lst | None = None, start: int | None = None) -> Item:
    return Item(para, sub, start)


EN_CLAUSES = list_style("Clauses", [level(1, "1"), level(2, "a", "(", ")"), level(3, "i", "(", ")")])
ZH_CLAUSES = list_style("条款", [level(1, "1"), level(2, "a", "（", "）"), level(3, "i", "（", "）")])
FONT_TNR = "Times New Roman"
FONT_LS = "Liberation Serif"
FONT_NOTO = "Noto Serif CJK SC"
FONT_SONG = "宋体"


def en_styles(latin: str = FONT_LS, extra: str = "") -> str:
    """A Writer document on an English system: the Asian font and language are Writer's defaults."""
    return default_style(latin, FONT_NOTO, ("zh", "CN")) + BASE_STYLES + extra


def zh_styles(latin: str, asian: str | None, lang: tuple[str, str] | None, extra: str = "") -> str:
    return default_style(latin, asian, lang, "12pt") + BASE_STYLES + extra


LEAD_STYLE = ('<style:style style:name="Lead_20_underline" style:display-name="Lead underline" style:family="text">'
              '<style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" '
              'style:text-underline-color="font-color"/></style:style>')


# ---------------------------------------------------------------- en-n01: clean; Liberation Serif, character styles, start value 4
def en_n01() -> Draft:
    styles = en_styles(FONT_LS, LEAD_STYLE + EN_CLAUSES)
    L = "Lead_20_underline"
    B: list[Para | Lst] = [
        p("Committee: General Assembly Second Committee"),
        p("Topic: Protecting coastal aquifers from saltwater intrusion"),
        p("Sponsors: Bangladesh, Kiribati, Netherlands, Senegal"),
        p("Signatories: Cabo Verde, Egypt, Maldives, Viet Nam"),
        led("The General Assembly", ",", "Emphasis"),
        led("Recognizing", " that coastal aquifers supply drinking water to a large share of the people living within a "
            "few kilometres of the sea,", "Emphasis"),
        led("Alarmed", " that rising sea levels, storm surges and the over-pumping of wells are pushing salt water into "
            "the freshwater layers on which farms and towns depend,", "Emphasis"),
        led("Noting", " that once an aquifer has become saline it may take decades to recover, even after pumping has "
            "been reduced,", "Emphasis"),
        led("Bearing in mind", " that small island developing States often have no other source of fresh water than a "
            "thin lens of groundwater,", "Emphasis"),
        Lst([it(led("Calls upon", " Member States to map the boundary between fresh and saline groundwater along their "
                    "coasts and to repeat the measurement at regular intervals;", L)),
             it(led("Encourages", " water authorities to set limits on the amount of water that may be pumped from "
                    "coastal wells, taking into account:", L),
                Lst([it(p("the rate at which rainfall recharges the aquifer;")),
                     it(p("the distance of each well from the shoreline;"))])),
             it(led("Recommends", " the use of managed aquifer recharge, including the storage of treated wastewater "
                    "and rainwater underground, where studies show it to be safe;", L))],
            "Clauses", "list1"),
        # the student's list broke after clause 3; the second part was given "Restart numbering" with start 4
        Lst([it(led("Invites", " the United Nations Environment Programme to publish guidance on low-cost salinity "
                    "sensors that farmers can install in their own wells;", L), start=4),
             it(led("Requests", " the Secretary-General to report to the General Assembly at its eighty-third session "
                    "on the progress made in implementing the present resolution.", L))],
            "Clauses", "list2"),
    ]
    return Draft("en-n01-clean-liberation-serif-emphasis-style-second-list-starts-at-4", styles, SPANS,
                 [FONT_LS, FONT_NOTO], B,
                 "**clean**. Writer's defaults (Liberation Serif, Asian Noto Serif CJK SC), Text Body paragraphs; "
                 "organ line and preambular leads in the character style Emphasis, operative leads in a character "
                 "style \"Lead underline\"; clauses 1–3 in one list, clauses 4–5 in a second list of the same list "
                 "style whose first item has `text:start-value 4` (LibreOffice: a `w:num` with `w:startOverride 4`): "
                 "\"1.\" … \"3.\", \"4.\" \"5.\"")


# ---------------------------------------------------------------- en-n02: Times New Roman; clause 4 in a new list
def en_n02() -> Draft:
    styles = en_styles(FONT_TNR, EN_CLAUSES)
    B: list[Para | Lst] = [
        p("Committee: World Health Assembly"),
        p("Topic: Reducing road deaths among motorcycle riders"),
        p("Sponsors: Colombia, Thailand, Viet Nam"),
        p("Signatories: Ghana, India, Kenya, Malaysia, Nigeria"),
        led("The World Health Assembly", ",", "Ti"),
        led("Alarmed", " that riders of motorcycles and mopeds account for a growing share of road traffic deaths in "
            "low- and middle-income countries,", "Ti"),
        led("Recalling", " the Global Plan for the Decade of Action for Road Safety 2021–2030, which sets the target of "
            "halving road traffic deaths and injuries by 2030,", "Ti"),
        led("Noting", " that a helmet of good quality, correctly fastened, greatly reduces the risk of death in a "
            "crash,", "Ti"),
        led("Aware", " that many riders carry passengers, including small children, who are not protected at all,",
            "Ti"),
        Lst([it(led("Urges", " Member States to adopt and enforce laws requiring every rider and passenger of a "
                    "motorcycle to wear a helmet that meets a recognized safety standard;", "Tu")),
             it(led("Encourages", " governments to lower the price of certified helmets by:", "Tu"),
                Lst([it(p("removing import duties on helmets that meet the standard;")),
                     it(p("helping local manufacturers to have their helmets tested and certified;"))])),
             it(led("Recommends", " that children be carried as passengers only when they can reach the footrests and "
                    "wear a helmet of their own size;", "Tu"))],
            "Clauses", "list1"),
        Lst([it(led("Requests", " the World Health Organization to collect data on motorcycle crashes from hospitals "
                    "as well as from the police;", "Tu",
                    [F("numbering", 'operative clause 4 is numbered "1." - it stands in a new list (a second list of '
                       'the same list style, not continued: the count starts again); expected «4.» (UN-B07, '
                       'MUN-F05)')])),
             it(led("Calls upon", " companies that run motorcycle taxis to provide helmets to their passengers and to "
                    "train their drivers in safe riding;", None,
                    [F("emphasis", 'the operative lead "Calls upon" is not underlined, unlike the other operative '
                       'leads (MUN-F03)')])),
             it(led("Requests", " the Director-General to report on the progress made to the Eighty-first World "
                    "Health Assembly.", "Tu"))],
            "Clauses", "list2"),
    ]
    return Draft("en-n02-times-clause-4-in-a-new-list-lead-not-underlined", styles, SPANS, [FONT_TNR, FONT_NOTO], B,
                 "default font changed to Times New Roman; organ line and leads by direct formatting (italic / "
                 "underline); clauses 1–3 and their sub-clauses in one list, clauses 4–6 in a second `text:list` of "
                 "the same list style without `text:continue-numbering`: \"1.\" \"2.\" \"3.\" \"1.\" \"2.\" \"3.\"; "
                 "one operative lead plain")


# ---------------------------------------------------------------- en-n03: outline numbering through Heading 1-3
OUTLINE = """<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:keep-with-next="auto"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:font-weight="normal" style:font-size-asian="12pt" style:font-weight-asian="normal"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:keep-with-next="auto"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:font-style="normal" fo:font-weight="normal" style:font-size-asian="12pt" style:font-weight-asian="normal"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:keep-with-next="auto"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:font-weight="normal" style:font-size-asian="12pt" style:font-weight-asian="normal"/></style:style>
<text:outline-style style:name="Outline">""" + (level(1, "1", tag="outline-level-style") + level(2, "a", "(", ")", tag="outline-level-style")
                                                 + level(3, "i", "(", ")", tag="outline-level-style")) + "</text:outline-style>"


def h(n: int, lead: str | None, rest: str, faults: list[F] | None = None) -> Para:
    runs = ([(lead, "Tu")] if lead else []) + [(rest, None)]
    return Para(runs, faults or [], f"Heading_20_{n}", heading=n)


def en_n03() -> Draft:
    styles = en_styles(FONT_TNR, OUTLINE)
    B: list[Para | Lst] = [
        p("Committee: United Nations Environment Assembly"),
        p("Topic: Preventing the electrocution of large birds on power lines"),
        p("Sponsors: Egypt, Germany, Kazakhstan, Spain"),
        p("Signatories: Hungary, Mongolia, Morocco, South Africa"),
        led("The United Nations Environment Assembly", ",", "Ti"),
        led("Concerned", " that storks, eagles, vultures and other large birds are killed in great numbers when they "
            "perch on badly designed electricity poles,", "Ti"),
        led("Recognizing", " that the same accidents cause power cuts and grass fires that harm the people living near "
            "the lines,", "Ti"),
        led("Noting with appreciation", " that utilities in several countries have cut the number of dead birds "
            "sharply by insulating the most dangerous poles,", "Ti"),
        h(1, "Calls upon", " Member States to require that new medium-voltage power lines be built to designs that are "
          "safe for birds;"),
        h(1, "Urges", " electricity companies to make existing poles safe in order of risk, and to that end:"),
        h(2, None, "to find the poles under which dead birds are most often found;"),
        h(2, None, "to insulate or replace those poles, using covers that:"),
        h(2, None, "resist sunlight and heat for at least twenty years;",
          [F("sub-clause-label", 'this item under sub-clause (b) ("using covers that:") is at the first sub-clause '
             'level (Heading 2), so it shows "(c)"; expected «(i)» one level lower (UN-B10, MUN-F06)')]),
        h(2, None, "can be fitted without switching off the line;",
          [F("sub-clause-label", 'second item under sub-clause (b), also at the first sub-clause level: "(d)"; '
             'expected «(ii)» (UN-B10, MUN-F06)')]),
        h(1, "Encourages", " the sharing of data on dead birds and power cuts between electricity companies, "
          "ornithologists and national authorities;"),
        h(1, "Invites", " the Convention on the Conservation of Migratory Species of Wild Animals to update its "
          "guidelines on power lines and birds, in particular:"),
        h(2, None, "the list of pole designs known to be dangerous;"),
        h(1, None, "the methods for counting dead birds under the lines;",
          [F("sub-clause-label", 'the second sub-clause of clause 4 is in Heading 1, the clause level, so it is '
             'numbered "5." like an operative clause and has no lead; expected «(b)» at the sub-clause level '
             '(UN-B10, MUN-F06)')]),
        h(1, "Requests", " the Executive Director to report on the implementation of the present resolution to the "
          "Environment Assembly at its eighth session."),
    ]
    return Draft("en-n03-outline-numbered-heading-clauses-sub-clauses-at-wrong-levels", styles, SPANS,
                 [FONT_TNR, FONT_NOTO, "Liberation Sans"], B,
                 "operative clauses in Heading 1, sub-clauses in Heading 2, numbered by Writer's outline numbering "
                 "(Tools ▸ Heading Numbering: level 1 \"1.\", level 2 \"(a)\", level 3 \"(i)\"; the Heading styles "
                 "restyled Times New Roman 12 pt, not bold); two items meant for level 3 left in Heading 2 (\"(c)\" "
                 "\"(d)\"), a sub-clause in Heading 1 (\"5.\"); the last clause shows \"6.\"")


# ---------------------------------------------------------------- en-n04: a preambular clause inside the list; plain leads
NUM123 = list_style("Numbering_20_123", [level(1, "1"), level(2, "a", suffix=".")], "Numbering 123")


def en_n04() -> Draft:
    styles = en_styles(FONT_LS, NUM123)
    B: list[Para | Lst] = [
        p("Committee: General Assembly Third Committee"),
        p("Topic: Registering every birth in remote and rural areas"),
        p("Sponsors: Indonesia, Peru, Rwanda"),
        p("Signatories: Bolivia (Plurinational State of), Chile, Nepal, Papua New Guinea, Uganda"),
        led("The General Assembly", ",", "Ti"),
        led("Recalling", " that the Convention on the Rights of the Child gives every child the right to be registered "
            "immediately after birth,", "Ti"),
        led("Concerned", " that the births of millions of children, most of them in rural areas, have never been "
            "recorded,", None, [F("emphasis", 'the preambular lead "Concerned" is not italic, unlike the other '
                                  'preambular leads (MUN-F02, UN-B04)')]),
        led("Recognizing", " that a child without a birth certificate may be unable to enrol in school, to be "
            "vaccinated or to prove his or her age,", "Ti"),
        led("Noting", " that mobile telephone networks now reach many villages that have no civil registration "
            "office,", None, [F("emphasis", 'the preambular lead "Noting" is not italic (MUN-F02, UN-B04)')]),
        Lst([it(led("Welcoming", " the work of health workers and midwives who already report births from villages "
                    "by text message,", "Ti",
                    [F("numbering", 'a preambular clause typed inside the operative list: it is numbered "1." '
                       '(the operative clauses then start at "2."); preambular clauses are not numbered '
                       '(UN-B05, MUN-F04)')])),
             it(led("Calls upon", " Member States to allow births to be registered through mobile telephones and "
                    "online forms, free of charge;", "Tu")),
             it(led("Encourages", " States to give community health workers and midwives the authority to record "
                    "births at the place where they happen;", "Tu")),
             it(led("Recommends", " that civil registration offices:", "Tu"),
                Lst([it(p("link birth records with health records, with the consent of the parents;")),
                     it(p("protect the personal data of children from any use other than registration;"))])),
             it(led("Requests", " the United Nations Children's Fund to support the training of local registrars "
                    "in the use of digital systems.", "Tu"))],
            "Numbering_20_123", "list1"),
    ]
    return Draft("en-n04-preambular-clause-in-the-list-two-plain-leads", styles, SPANS, [FONT_LS, FONT_NOTO], B,
                 "Writer's defaults; list style \"Numbering 123\" restyled \"1.\" / \"a.\"; the last preambular "
                 "clause (\"Welcoming …,\") typed as the first item of the operative list (\"1.\", the clauses "
                 "\"2.\" … \"5.\", sub-clauses \"a.\" \"b.\"); two preambular leads left plain")


# ---------------------------------------------------------------- en-n05: "1)" clauses; two paragraphs in Liberation Serif
PAREN = list_style("Clauses_20_paren", [level(1, "1", suffix=")"), level(2, "a", suffix=")")], "Clauses paren")
P_LS = ('<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties style:font-name="Liberation Serif"/></style:style>')


def en_n05() -> Draft:
    styles = en_styles(FONT_TNR, PAREN)
    mixed = "mixed fonts: this paragraph is in Liberation Serif (Writer's default font, pasted from a document with " \
            "the default template) while the rest of the draft is in Times New Roman (MUN-F08)"
    B: list[Para | Lst] = [
        p("Committee: Economic and Social Council"),
        p("Topic: Recycling solar panels at the end of their life"),
        p("Sponsors: Australia, Chile, Japan, Morocco"),
        p("Signatories: France, India, Jordan, Mexico"),
        led("The Economic and Social Council", ",", "Ti"),
        led("Welcoming", " the rapid growth of solar power, which has brought electricity to millions of "
            "households,", "Ti"),
        led("Aware", " that the first large solar farms will soon reach the end of their working life, leaving "
            "millions of tonnes of used panels,", "Ti", [F("other", mixed)], style="P1"),
        led("Noting", " that glass, aluminium, silver and silicon can be recovered from used panels, but that most "
            "panels are still sent to landfills,", "Ti"),
        Lst([it(led("Encourages", " Member States to make producers responsible for collecting and recycling the "
                    "panels they sell;", "Tu",
                    [F("numbering", 'operative clause numbered "1)" by the list style; expected «1.» (UN-B07, '
                       'MUN-F05)')])),
             it(led("Calls for", " research into panel designs that are easier to take apart, in particular:", "Tu",
                    [F("numbering", 'operative clause numbered "2)"; expected «2.» (UN-B07)')]),
                Lst([it(p("frames and junction boxes fixed with screws rather than glue;")),
                     it(p("layers that can be separated without burning;"))])),
             it(led("Recommends", " that used panels which still work be tested and sold for a second life before "
                    "they are recycled;", "Tu",
                    [F("numbering", 'operative clause numbered "3)"; expected «3.» (UN-B07)'), F("other", mixed)],
                    style="P1")),
             it(led("Requests", " the Secretary-General to report to the Council at its next session on the "
                    "progress made.", "Tu",
                    [F("numbering", 'operative clause numbered "4)"; expected «4.» (UN-B07)')]))],
            "Clauses_20_paren", "list1"),
    ]
    return Draft("en-n05-clauses-numbered-1-paren-two-paragraphs-in-liberation-serif", styles, SPANS + P_LS,
                 [FONT_TNR, FONT_LS, FONT_NOTO], B,
                 "default font Times New Roman; the clause list style numbers \"1)\" \"2)\" … with \"a)\" \"b)\" "
                 "sub-clauses; one preambular and one operative paragraph in Liberation Serif (an automatic paragraph "
                 "style, as pasted from a document with Writer's default template)")


# ---------------------------------------------------------------- en-n06: a list that shows no numbers; numbers typed
HIDDEN = list_style("Clauses_20_typed", [level(1, "", suffix=""), level(2, "a", suffix=".")], "Clauses typed")


def typed(num: str, lead: str, rest: str, faults: list[F] | None = None) -> Para:
    return Para([(num, None), (lead, "Tu"), (rest, None)], faults or [], "Text_20_body")


def en_n06() -> Draft:
    styles = en_styles(FONT_LS, HIDDEN)
    B: list[Para | Lst] = [
        p("Committee: General Assembly Second Committee"),
        p("Topic: Free drinking water in public places"),
        p("Sponsors: Italy, Jordan, Uruguay"),
        p("Signatories: Austria, Lebanon, Paraguay, Portugal, Tunisia"),
        led("The General Assembly", ",", "Ti"),
        led("Reaffirming", " the human rights to safe drinking water and sanitation,", "Ti"),
        led("Concerned", " that homeless people, outdoor workers and children often have no free access to drinking "
            "water during the hot months.", "Ti",
            [F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)')]),
        led("Noting", " that many cities have removed public fountains because of the cost of maintaining them,", "Ti"),
        led("Convinced", " that free drinking water in public places reduces the use of bottled water and the waste "
            "of plastic,", "Ti"),
        Lst([it(typed("1. ", "Encourages", " local authorities to install drinking fountains in parks, squares, "
                      "markets and transport stations;")),
             it(typed("2. ", "Recommends", " that every new fountain:"),
                Lst([it(p("be usable by wheelchair users and by small children;")),
                     it(p("be tested for water quality at least four times a year;"))])),
             it(typed("3. ", "Calls upon", " water utilities to supply public fountains free of charge or at a "
                      "reduced rate;")),
             it(typed("5. ", "Invites", " cities to publish maps showing where fountains can be found, including in "
                      "mobile applications;",
                      [F("numbering", 'the typed number "5." follows "3."; expected «4.» (UN-B07, MUN-F05)')])),
             it(typed("6. ", "Requests", " the Secretary-General to include information on access to drinking water "
                      "in public places in his next report on the human rights to water and sanitation."))],
            "Clauses_20_typed", "list1"),
    ]
    return Draft("en-n06-list-without-numbers-typed-numbers-skip-4", styles, SPANS, [FONT_LS, FONT_NOTO], B,
                 "Writer's defaults; the clauses in a list whose first level has the number format \"None\" "
                 "(`style:num-format=\"\"`: indented, no label) and the numbers typed by hand \"1. \" … with \"4.\" "
                 "skipped; the sub-clauses at the list's second level, numbered \"a.\" \"b.\" by Writer")


# ---------------------------------------------------------------- Chinese drafts
ZH_SUB = list_style("子条款", [level(1, "a", "（", "）"), level(2, "a", "（", "）")])  # used nested: its level 2 shows
ZH_NUM123 = list_style("Numbering_20_123", [level(1, "1"), level(2, "a", "（", "）")], "Numbering 123")
LEAD_ZH = ('<style:style style:name="引导词" style:family="text"><style:text-properties '
           'style:text-underline-style="solid" style:text-underline-width="auto" '
           'style:text-underline-color="font-color"/></style:style>')
TITLE = "Title"


def zt(text: str) -> Para:
    return Para([(text, None)], [], TITLE)


# ---------------------------------------------------------------- zh-n07: clean; Noto Serif CJK SC, zh-CN, styles
def zh_n07() -> Draft:
    styles = zh_styles(FONT_LS, FONT_NOTO, ("zh", "CN"), LEAD_ZH + ZH_CLAUSES + ZH_SUB)
    U = "引导词"
    B: list[Para | Lst] = [
        zt("决议草案"),
        p("委员会：大会第二委员会"),
        p("议题：保护城乡古桥"),
        p("起草国：日本、意大利、中国"),
        p("附议国：秘鲁、法国、格鲁吉亚、土耳其"),
        led("大会", "，", "Strong_20_Emphasis"),
        led("认识到", "古桥是各地历史、技术和民间生活的见证，许多古桥至今仍在通行，", U),
        led("关切地注意到", "大量古桥因洪水冲刷、车辆超载和缺乏维护而损坏甚至倒塌，", U),
        led("又注意到", "一些修缮工程使用了不适当的材料，反而损害了古桥的原有结构，", U),
        led("铭记", "《保护世界文化和自然遗产公约》所规定的各项义务，", U),
        Lst([it(led("鼓励", "会员国对本国境内的古桥开展普查，建立档案并定期更新；", U)),
             it(led("促请", "各国主管部门在修缮古桥时：", U),
                Lst([it(p("优先采用传统工艺和与原结构相容的材料；")),
                     it(p("在施工前听取当地居民和专家的意见；"))], "子条款")),
             it(led("建议", "对仍在通行的古桥限制车辆载重，必要时修建替代道路；", U)),
             it(led("邀请", "联合国教育、科学及文化组织为各国培训古桥修缮技术人员；", U)),
             it(led("请", "秘书长向大会第八十二届会议报告本决议的执行情况。", U))],
            "条款", "list1"),
    ]
    return Draft("zh-n07-clean-noto-serif-cjk-zh-cn-sub-list-with-own-style", styles, SPANS,
                 [FONT_LS, FONT_NOTO], B,
                 "**clean**. Writer's defaults on a Chinese system: Liberation Serif / Noto Serif CJK SC, Asian "
                 "language zh-CN; title in the Title style; organ line in the character style Strong Emphasis, leads "
                 "in a character style \"引导词\" (underline); clauses in a list style \"条款\" (\"1.\"); the "
                 "sub-clauses a nested list with a list style of its own, \"子条款\" (\"（a）\" \"（b）\")")


# ---------------------------------------------------------------- zh-n08: 宋体 body, one clause in Noto Serif CJK SC; pasted clause restarts
P_NOTO = ('<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body">'
          '<style:text-properties style:font-name-asian="Noto Serif CJK SC"/></style:style>')


def zh_n08() -> Draft:
    styles = zh_styles(FONT_TNR, FONT_SONG, ("zh", "CN"), ZH_CLAUSES + ZH_NUM123)
    B: list[Para | Lst] = [
        zt("决议草案"),
        p("委员会：经济及社会理事会"),
        p("议题：治理共享单车乱停乱放"),
        p("起草国：荷兰、新加坡、中国"),
        p("附议国：丹麦、德国、韩国、泰国"),
        led("经济及社会理事会", "，", "Tb"),
        led("注意到", "共享单车为城市居民提供了便捷、低碳的短途出行方式，", "Tu"),
        led("关切地注意到", "大量共享单车被随意停放在人行道、盲道和消防通道上，妨碍行人通行并带来安全隐患，", "Tu",
            [F("other", "mixed fonts: 此段为 Noto Serif CJK SC（从另一份文件粘贴，Writer 的默认中文字体），全文其余部分为宋体")],
            style="P1"),
        led("认识到", "部分城市投放的单车数量远远超过实际需要，造成资源浪费，", "Tu"),
        Lst([it(led("鼓励", "各国城市划定共享单车停放区，并在地图应用中标明其位置；", "Tu")),
             it(led("建议", "运营企业利用卫星定位技术，对未在停放区内还车的用户：", "Tu"),
                Lst([it(p("发出提醒；")),
                     it(p("在多次违规后收取调度费用；"))]))],
            "条款", "list1"),
        Lst([it(led("促请", "地方政府根据人口和出行需求确定单车投放总量；", "Tu"))],
            "条款", "list2", continue_numbering=True),
        Lst([it(led("呼吁", "运营企业及时回收损坏和废弃的单车，并对其进行拆解和回收利用；", "Tu",
                    [F("numbering", '执行性条款 4 编号为 "1."（从另一份文件粘贴，带着自己的列表样式 "Numbering 123"，'
                       '重新从 1 开始）；应为 «4.» (UN-B07, ZH-B03)')])),
             it(led("请", "秘书长就本决议的执行情况向理事会提出报告。", None,
                    [F("emphasis", '执行性条款的引导词 "请" 没有下划线，与其他引导词不同 (ZH-B03)')]))],
            "Numbering_20_123", "list3"),
    ]
    return Draft("zh-n08-songti-body-noto-paragraph-pasted-clause-restarts", styles, SPANS + P_NOTO,
                 [FONT_TNR, FONT_SONG, FONT_NOTO], B,
                 "Asian font of the default style 宋体 (Western Times New Roman), zh-CN; one preambular clause in "
                 "Noto Serif CJK SC (an automatic paragraph style); clauses 1–2 in a list, clause 3 in a second "
                 "`text:list` with `text:continue-numbering=\"true\"` (\"3.\", right), clauses 4–5 pasted from "
                 "another document with its list style \"Numbering 123\" (\"1.\" \"2.\"); one lead plain")


# ---------------------------------------------------------------- zh-n09: no East Asian font, no Asian language
def zh_n09() -> Draft:
    styles = zh_styles(FONT_LS, FONT_LS, None, ZH_CLAUSES)
    B: list[Para | Lst] = [
        Para([("决议草案", None)],
             [F("other", "no East Asian font and no Asian language: the file names Liberation Serif (a Latin font "
                "without Chinese characters) as the East Asian font and sets the Asian language to none (Word: "
                "w:eastAsia \"Liberation Serif\", w:lang w:eastAsia \"en-US\"), so the Chinese text is drawn in "
                "whatever fallback font the reader's machine picks")], TITLE),
        p("委员会：世界卫生大会"),
        p("议题：防止儿童误食纽扣电池"),
        p("起草国：澳大利亚、新西兰、中国"),
        p("附议国：爱尔兰、加拿大、美国、智利"),
        led("世界卫生大会", "，", "Tb"),
        led("关切地注意到", "幼儿误食纽扣电池的事件逐年增多，电池卡在食道内两小时即可造成严重烧伤，", "Tu"),
        led("认识到", "纽扣电池广泛用于遥控器、电子秤、玩具和贺卡，家长往往意识不到其危险，", "Tu"),
        Lst([it(led("注意到", "许多误食事件发生时没有成年人在场，家长直到孩子出现症状才发觉，", "Tu",
                    [F("numbering", '序言性条款写进了执行性条款的列表，编号为 "1."（执行性条款因此从 "2." 开始）；'
                       '序言性条款不编号 (UN-B05, ZH-B02)')])),
             it(led("促请", "会员国要求使用纽扣电池的产品配备需用工具才能打开的电池仓；", "Tu")),
             it(led("鼓励", "生产企业：", "Tu")),
             it(p("采用儿童难以撕开的包装；",
                  [F("sub-clause-label", '子条款停留在条款一级，被编号为 "4."；应为 «（a）» (UN-B10, ZH-B04)')])),
             it(p("在电池表面涂覆味道苦涩的涂层，使儿童立即吐出；",
                  [F("sub-clause-label", '子条款停留在条款一级，被编号为 "5."；应为 «（b）» (UN-B10, ZH-B04)')])),
             it(led("建议", "急救部门向公众说明怀疑误食后应立即就医，不要催吐；", "Tu")),
             it(led("请", "世界卫生组织总干事向第八十一届世界卫生大会报告本决议的执行情况。", "Tu"))],
            "条款", "list1"),
    ]
    return Draft("zh-n09-no-east-asian-font-preambular-in-list-sub-clauses-at-clause-level", styles, SPANS,
                 [FONT_LS], B,
                 "the default style's Asian font set to Liberation Serif and the Asian language to \"None\" "
                 "(LibreOffice writes `w:eastAsia=\"Liberation Serif\"`, `w:lang w:eastAsia=\"en-US\"`); the last "
                 "preambular clause is the list's first item (\"1.\"); the two sub-clauses of clause \"3.\" left at "
                 "the clause level (\"4.\" \"5.\")")


# ---------------------------------------------------------------- zh-n10: second list started at 5; typed sub-labels in a level without numbers
ZH_TYPED_SUB = list_style("条款", [level(1, "1"), level(2, "", suffix="")])


def zh_n10() -> Draft:
    styles = zh_styles(FONT_LS, FONT_NOTO, ("zh", "CN"), ZH_TYPED_SUB)
    B: list[Para | Lst] = [
        zt("决议草案"),
        p("委员会：大会第三委员会"),
        p("议题：保护传统手工造纸技艺"),
        p("起草国：韩国、日本、中国"),
        p("附议国：不丹、尼泊尔、泰国"),
        led("大会", "，", "Tb"),
        led("深为关切地注意到", "掌握传统手工造纸技艺的匠人日益减少，许多作坊因后继无人而关闭，", "Tu"),
        led("认识到", "手工纸在古籍修复、书画创作和文物保护中具有机制纸无法替代的作用，", "Tu"),
        led("欢迎", "一些国家将手工造纸技艺列入非物质文化遗产名录，并资助传承人收徒授艺，", "Tu"),
        Lst([it(led("敦促", "会员国普查本国的手工造纸作坊，记录其原料、工序和工具；", "Tu")),
             it(led("鼓励", "各国政府：", "Tu"),
                Lst([it(p("（一）为手工造纸作坊所需的树皮、竹子等原料提供稳定的来源；",
                          [F("sub-clause-label", '子条款编号 "（一）"（手工输入，列表的第二级不显示编号）；应为 «（a）» 或 '
                             '«(a)» (ZH-B04, UN-B10)')])),
                     it(p("（二）对招收学徒的作坊给予补贴；",
                          [F("sub-clause-label", '子条款编号 "（二）"；应为 «（b）» 或 «(b)» (ZH-B04, UN-B10)')]))])),
             it(led("呼吁", "图书馆、档案馆和博物馆优先采购本地生产的手工纸用于修复工作；", "Tu"))],
            "条款", "list1"),
        Lst([it(led("建议", "职业学校开设手工造纸课程，并邀请匠人授课；", "Tu",
                    [F("numbering", '执行性条款编号为 "5."（第二个列表以起始编号 5 重新开始），前一条为 "3."；'
                       '应为 «4.» (UN-B07, ZH-B03)')]), start=5),
             it(led("请", "秘书长向大会第八十二届会议报告本决议的执行情况；", "Tu",
                    [F("operative-end-mark", '最后一条执行性条款以 "；" 结尾；应为 «。» (UN-B09, ZH-B03)')]))],
            "条款", "list2"),
    ]
    return Draft("zh-n10-second-list-starts-at-5-typed-sub-labels-last-clause-semicolon", styles, SPANS,
                 [FONT_LS, FONT_NOTO], B,
                 "Writer's defaults on a Chinese system (Noto Serif CJK SC, zh-CN); the list style's second level "
                 "has the number format \"None\" and the sub-clause labels \"（一）\" \"（二）\" are typed; clauses 1–3 "
                 "in one list, the rest in a second list whose first item has `text:start-value 5` (\"5.\" after "
                 "\"3.\"); the last clause ends with \"；\"")


DRAFTS = [en_n01, en_n02, en_n03, en_n04, en_n05, en_n06, zh_n07, zh_n08, zh_n09, zh_n10]


# ---------------------------------------------------------------- LibreOffice
def soffice(args: list[str], profile: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise SystemExit("make_drafts.py: LibreOffice (soffice) is not installed")
    subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless", *args], check=True,
                   capture_output=True, timeout=600)


def body_paragraphs(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    return len(tree.find(f"{{{W_NS}}}body").findall(f".//{{{W_NS}}}p"))


def text_export(paths: list[Path], outdir: Path, profile: Path) -> dict[str, list[str]]:
    soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(outdir), *map(str, paths)], profile)
    return {p.stem: (outdir / f"{p.stem}.txt").read_text(encoding="utf-8-sig").splitlines() for p in paths}


def main() -> None:
    drafts = [f() for f in DRAFTS]
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        docs = [HERE / f"{d.name}.docx" for d in drafts]
        if "--list" in sys.argv:
            lines = text_export(docs, Path(tmp), profile)
            for d in drafts:
                print(f"== {d.name}")
                out = lines[d.name]
                for k, para in enumerate(d.paragraphs(), 1):
                    shown = out[k - 1] if k <= len(out) else "?"
                    marks = "; ".join(f"[{f.kind}]" for f in para.faults)
                    print(f"{k:3} {shown}  {marks}")
            return
        if "--render" in sys.argv:
            out_dir = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
            out_dir.mkdir(parents=True, exist_ok=True)
            soffice(["--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docs)], profile)
            text_export(docs, out_dir, profile)
            for d in drafts:
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(out_dir / f"{d.name}.pdf"), str(out_dir / d.name)],
                               check=True)
            return
        src = HERE / "src"
        src.mkdir(exist_ok=True)
        for d in drafts:
            (src / f"{d.name}.fodt").write_text(d.fodt(), encoding="utf-8")
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(HERE),
                 *[str(src / f"{d.name}.fodt") for d in drafts]], profile)
    annotations = {}
    for d in drafts:
        count = body_paragraphs(HERE / f"{d.name}.docx")
        assert count == len(d.paragraphs()), (d.name, count, len(d.paragraphs()))
        faults = [{"paragraph": k, "kind": f.kind, "note": f.note}
                  for k, para in enumerate(d.paragraphs(), 1) for f in para.faults]
        annotations[f"{d.name}.docx"] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)
    print(f"{len(drafts)} drafts written to {HERE}")


if __name__ == "__main__":
    main()
