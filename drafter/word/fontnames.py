"""Font names as Word files write them: one Chinese face under its English and Chinese names."""

from __future__ import annotations

# one Chinese font under its English and Chinese names (simplified and traditional)
FONT_ALIASES = {"宋体": "simsun", "新宋体": "nsimsun", "黑体": "simhei", "楷体": "kaiti", "楷体_gb2312": "kaiti",
                "仿宋": "fangsong", "仿宋_gb2312": "fangsong", "微软雅黑": "microsoft yahei", "等线": "dengxian",
                "kaiti_gb2312": "kaiti", "华文楷体": "stkaiti", "華文楷體": "stkaiti", "标楷体": "dfkai-sb",
                "標楷體": "dfkai-sb", "华文黑体": "stheiti", "華文黑體": "stheiti"}


def font_key(name: str) -> str:
    """One key for a font whatever name it is written under ("宋体", "SimSun" → "simsun")."""
    folded = name.strip().casefold()
    return FONT_ALIASES.get(folded, folded)
