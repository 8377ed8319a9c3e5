#!/usr/bin/env python3
"""Derive nlp/lexicon/data/person_names_world.yaml from Faker's name lists.

Usage: pip install faker; person-names-world.py WORDS > person_names_world.yaml

  WORDS  a list of English words, one a line (Debian's wamerican); a name
         whose lower-case form is an English word is left out ("Park",
         "Long", "Rose"), as in person-names.py.

The given names and surnames of the person providers of Faker
(github.com/joke2k/faker, MIT licence) for the locales below: the regions
the news of international media cooperation names most that the US and
Wikipedia lists of person-names.py cover least (Russia and the CIS, Central
Asia and the Caucasus, South and Southeast Asia, Africa, the Arab world in
Latin script, Turkey, Latin America, China in pinyin and Wade-Giles).
Names written in Cyrillic are transliterated the ways English news spell
them (Vitaly, Vitaliy, Vitalii; Khodorov, Hodorov); other scripts are left
out. Names are folded to lower-case ASCII letters (accents dropped); only
names of 2 to 15 letters are kept.
"""
import importlib
import sys
import textwrap
import unicodedata

import faker

# locale -> script: "latin" lists are taken as they are, "ru" / "uk" / "bg"
# lists are transliterated from Cyrillic
LOCALES = {
    "ru_RU": "ru", "uk_UA": "uk", "bg_BG": "bg",
    "az_AZ": "latin", "uz_UZ": "latin", "tr_TR": "latin",
    "en_IN": "latin", "en_PK": "latin", "en_KE": "latin", "en_NG": "latin", "en_TH": "latin",
    "ha_NG": "latin", "ig_NG": "latin", "yo_NG": "latin", "tw_GH": "latin", "zu_ZA": "latin", "sw": "latin",
    "id_ID": "latin", "vi_VN": "latin", "fr_DZ": "latin",
    "es_AR": "latin", "es_CL": "latin", "es_CO": "latin", "es_MX": "latin", "es_ES": "latin",
    "pt_BR": "latin", "pt_PT": "latin",
    "zh_CN": "latin", "zh_TW": "latin", "ja_JP": "latin",
}

# attributes of a provider that hold given names or surnames; the
# romanized lists of zh_* and ja_JP first
GIVEN = ["first_romanized_names", "first_names", "first_names_male", "first_names_female"]
FAMILY = ["last_romanized_names", "last_names", "last_names_male", "last_names_female", "last_names_unisex"]

RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
      "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
      "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
      "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
UK = dict(RU, **{"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "щ": "shch"})
BG = dict(RU, **{"ъ": "a", "щ": "sht"})
TABLES = {"ru": RU, "uk": UK, "bg": BG}


def translit(name, table):
    """Return the spellings English news give a Cyrillic name: the table's,
    and the common variants of -iy endings, й, х and an initial е."""
    low = name.lower()
    base = "".join(table.get(c, c) for c in low)
    out = {base}
    if low.endswith("ий"):
        stem = "".join(table.get(c, c) for c in low[:-2])
        out |= {stem + "y", stem + "iy", stem + "ii"}
    if "х" in low:
        out |= {v.replace("kh", "h") for v in list(out)}
    if low.startswith("е") and table is RU:
        out |= {"ye" + v[1:] for v in list(out)}
    return out


def fold(s):
    s = unicodedata.normalize("NFD", s.strip())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.lower()


def ok(name, words):
    return 2 <= len(name) <= 15 and name.isascii() and name.isalpha() and name not in words


def names_of(provider, attrs):
    out = []
    for a in attrs:
        val = getattr(provider, a, None)
        if isinstance(val, dict):
            val = list(val.keys())
        if isinstance(val, (list, tuple)):
            out += [x for x in val if isinstance(x, str)]
    return out


def main():
    words = {w.strip() for w in open(sys.argv[1], encoding="utf-8", errors="replace") if w.strip().islower()}
    given, family = set(), set()
    for loc, script in LOCALES.items():
        prov = importlib.import_module("faker.providers.person." + loc).Provider
        for attrs, into in ((GIVEN, given), (FAMILY, family)):
            for raw in names_of(prov, attrs):
                for part in raw.replace("-", " ").split():
                    forms = translit(part, TABLES[script]) if script in TABLES else {part}
                    for f in forms:
                        n = fold(f)
                        if ok(n, words):
                            into.add(n)
    out = sys.stdout
    out.write("# Given names and surnames of the regions that person_names.yaml covers\n")
    out.write("# least (Russia and the CIS, Central Asia and the Caucasus, South and\n")
    out.write("# Southeast Asia, Africa, Turkey, Latin America, China and Japan in Latin\n")
    out.write("# script), lower-case ASCII without accents; read together with\n")
    out.write("# person_names.yaml.\n#\n")
    out.write("# source: derived by scripts/person-names-world.py from the person name\n")
    out.write("# lists of Faker %s (github.com/joke2k/faker), locales:\n" % faker.VERSION)
    for line in textwrap.wrap(", ".join(LOCALES), 72):
        out.write("#   " + line + "\n")
    out.write("# Cyrillic names transliterated as English news spell them; English words\n")
    out.write("# (Debian wamerican) left out.\n")
    out.write("# licence: Faker is MIT-licensed, Copyright (c) 2012 Daniele Faraglia; this\n")
    out.write("# derived list keeps that notice and is otherwise the mediakg repository's.\n\n")
    for key, names in (("given_names", given), ("surnames", family)):
        out.write(key + ": [\n")
        line = " "
        for n in sorted(names):
            if len(line) + len(n) + 2 > 100:
                out.write(line.rstrip() + "\n")
                line = " "
            line += " " + n + ","
        out.write(line.rstrip(",") + "]\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
