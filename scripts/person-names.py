#!/usr/bin/env python3
"""Derive nlp/lexicon/data/person_names.yaml from two public name lists.

Usage: person-names.py MAXOCCURANCES SURNAMES_CSV FORENAMES_CSV WORDS > person_names.yaml

  MAXOCCURANCES  maxoccurances.txt of the US Social Security Administration's
                 baby-name files as the ssa-baby-names collection merges them
                 (name,sex,max babies in one year,year); public domain.
  SURNAMES_CSV   common-surnames-by-country.csv and
  FORENAMES_CSV  common-forenames-by-country.csv of the "popular names by
                 country" dataset (Wikipedia's lists of most common surnames
                 and most popular given names, July 2023); CC0 1.0.
  WORDS          a list of English words, one a line (Debian's wamerican);
                 a name whose lower-case form is an English word is left out.

Names are folded to lower-case ASCII letters (accents dropped); only names of
2 to 15 letters are kept. Given names: every SSA name given to at least
MIN_BABIES babies in some year (also when it is an English word if given to
at least MIN_COMMON babies in some year), and every forename of the country
lists.
Surnames: every surname of the country lists.
"""
import csv
import sys
import unicodedata

MIN_BABIES = 50
MIN_COMMON = 10000


def fold(s):
    s = unicodedata.normalize("NFD", s.strip())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.lower()


def ok(name, words):
    return 2 <= len(name) <= 15 and name.isascii() and name.isalpha() and name not in words


def main():
    ssa, surnames_csv, forenames_csv, words_file = sys.argv[1:5]
    words = {w.strip() for w in open(words_file, encoding="utf-8", errors="replace") if w.strip().islower()}
    given, family = set(), set()
    for line in open(ssa, encoding="utf-8"):
        f = line.strip().split(",")
        if len(f) >= 3 and f[2].isdigit() and int(f[2]) >= MIN_BABIES:
            n = fold(f[0])
            # the most common names stay even when they are also words
            # ("Peter", "Mark", "Frank")
            if ok(n, words) or int(f[2]) >= MIN_COMMON and ok(n, set()):
                given.add(n)
    for row in csv.DictReader(open(forenames_csv, encoding="utf-8-sig")):
        n = fold(row["Romanized Name"])
        if ok(n, words):
            given.add(n)
    for row in csv.DictReader(open(surnames_csv, encoding="utf-8-sig")):
        n = fold(row["Romanized Name"])
        if ok(n, words):
            family.add(n)
    out = sys.stdout
    out.write("# Given names and common surnames, lower-case ASCII without accents, that\n")
    out.write("# let the tagger read a run of capitalised words starting with one of\n")
    out.write("# them, in a person context, as a person's name.\n#\n")
    out.write("# source: derived by scripts/person-names.py from (1) the US Social Security\n")
    out.write("# Administration's baby-name files, 1880-2020 (names given to at least %d\n" % MIN_BABIES)
    out.write("# babies in one year; public domain, a US government work) and (2) the\n")
    out.write("# \"popular names by country\" dataset (forenames of 106 and surnames of 75\n")
    out.write("# countries from Wikipedia's lists, July 2023; CC0 1.0); English words\n")
    out.write("# (Debian wamerican) left out unless given to at least %d babies in one\n" % MIN_COMMON)
    out.write("# year (\"Peter\", \"Mark\").\n")
    out.write("# licence: public domain / CC0 1.0 sources; this list: same as the mediakg\n")
    out.write("# repository.\n\n")
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
