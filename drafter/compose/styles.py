"""drafter's house style: the paragraph styles a reference document defines, and the fonts it sets."""

STYLE_NAMES = {
    "heading": "Drafter Heading",
    "title": "Drafter Title",
    "organ": "Drafter Organ",
    "preambular": "Drafter Preambular",
    "operative": "Drafter Operative",
    "sub1": "Drafter Subparagraph 1",
    "sub2": "Drafter Subparagraph 2",
    "sub3": "Drafter Subparagraph 3",
    "section": "Drafter Section Heading",
    "body": "Drafter Body",
}
EAST_ASIAN_FONT = "SimSun"
EAST_ASIAN_FALLBACK = "Noto Serif CJK SC"
WESTERN_FONT = "Times New Roman"
