#!/usr/bin/env python3
"""Build JSONL gold sets for the reader from public extraction benchmarks.

Usage: scripts/extra-gold.py CHECKOUT OUTDIR [--manifest FILE] [--write-manifest]

CHECKOUT is a checkout of github.com/j-szulc/html-cleaning-dataset-merged
(a merge of CleanEval, CleanPortalEval, Dragnet and other sets, each as
input/NAME.html + GoldStandard/NAME.txt). Two of its sets are read:
CleanPortalEval-master (news portals, 2013) and dragnet_data (news and blog
pages, 2012). Its page-signal-master folder is L3S-GN1, which the shared
corpus holds out: it is never opened.

Each page becomes {id, url, html, gold_text, set} in OUTDIR/<set>.jsonl,
ready for `mediakg eval reader --bodies`. A page whose URL (the gold file's
URL line, else the page's canonical link or og:url) has an id
(sha1(url)[:12]) listed in ../shared/corpus/heldout-url-ids.txt is dropped
before its text is read. Gold text: CleanEval markup (<p>, <h>, <l>) is
removed; Dragnet's comment part (after its COMMENTS marker) is cut off.

The page text stays outside the repository; the repository keeps
testdata/split/extra-gold.tsv (set, name, url id, sha256 of the HTML file,
part), and with --manifest the script checks each page against it.
"""
import argparse
import hashlib
import html
import json
import os
import re
import sys

SETS = {"cleanportaleval": "CleanPortalEval-master", "dragnet": "dragnet_data"}
HERE = os.path.dirname(os.path.abspath(__file__))


def url_id(url):
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def part(url):
    return "check" if hashlib.sha1(url.encode("utf-8")).digest()[0] & 1 else "tune"


def decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


RE_CANON = re.compile(rb'<link[^>]+rel=["\']canonical["\'][^>]*>', re.I)
RE_OGURL = re.compile(rb'<meta[^>]+property=["\']og:url["\'][^>]*>', re.I)
RE_HREF = re.compile(rb'(?:href|content)=["\']([^"\']+)["\']', re.I)


def page_url(raw):
    for rx in (RE_CANON, RE_OGURL):
        m = rx.search(raw)
        if m:
            h = RE_HREF.search(m.group(0))
            if h and h.group(1).startswith((b"http://", b"https://")):
                return decode(h.group(1)).strip()
    return ""


def gold_text(txt, setname):
    lines = txt.split("\n")
    if lines and lines[0].startswith("URL:"):
        lines = lines[1:]
    out = []
    for ln in lines:
        if setname == "dragnet" and ln.startswith("!@#$%^&*()"):
            break
        ln = re.sub(r"^\s*<(?:p|h|l)>\s*", "", ln)
        out.append(ln)
    text = html.unescape("\n".join(out))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("checkout")
    ap.add_argument("outdir")
    ap.add_argument("--heldout", default=os.path.join(HERE, "..", "..", "shared", "corpus", "heldout-url-ids.txt"))
    ap.add_argument("--manifest", default=os.path.join(HERE, "..", "nlp", "reader", "testdata", "split", "extra-gold.tsv"))
    ap.add_argument("--write-manifest", action="store_true")
    a = ap.parse_args()
    with open(a.heldout) as f:
        heldout = {ln.strip() for ln in f if ln.strip() and not ln.startswith("#")}
    want = {}
    if not a.write_manifest:
        with open(a.manifest) as f:
            for ln in f:
                if ln.startswith("#") or not ln.strip():
                    continue
                s, name, uid, sha, p = ln.rstrip("\n").split("\t")
                want[(s, name)] = (uid, sha, p)
    os.makedirs(a.outdir, exist_ok=True)
    rows = []
    for setname, folder in SETS.items():
        base = os.path.join(a.checkout, folder)
        names = sorted(n[:-5] for n in os.listdir(os.path.join(base, "input")) if n.endswith(".html"))
        kept = dropped = 0
        with open(os.path.join(a.outdir, setname + ".jsonl"), "w") as out:
            for name in names:
                gpath = os.path.join(base, "GoldStandard", name + ".txt")
                if not os.path.exists(gpath):
                    continue
                with open(os.path.join(base, "input", name + ".html"), "rb") as f:
                    raw = f.read()
                with open(gpath, "rb") as f:
                    graw = f.read()
                first = graw.split(b"\n", 1)[0]
                url = decode(first[4:]).strip() if first.startswith(b"URL:") else page_url(raw)
                if url and url_id(url) in heldout:
                    dropped += 1
                    continue
                key = url or "%s:%s" % (setname, name)
                sha = hashlib.sha256(raw).hexdigest()[:16]
                uid = url_id(key)
                p = part(key)
                if want:
                    w = want.get((setname, name))
                    if w is None:
                        continue  # not in the manifest
                    if w != (uid, sha, p):
                        sys.exit("%s/%s: differs from the manifest %s: %s" % (setname, name, w, (uid, sha, p)))
                gold = gold_text(decode(graw), setname)
                if not gold:
                    continue
                rows.append((setname, name, uid, sha, p))
                rec = {"id": "%s-%s" % (setname, name), "url": key, "html": decode(raw), "gold_text": gold, "set": setname}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                kept += 1
        print("%s: %d pages, %d dropped as held out" % (setname, kept, dropped), file=sys.stderr)
    if a.write_manifest:
        with open(a.manifest, "w") as f:
            f.write("# Pages of scripts/extra-gold.py: set, page name, id = sha1(url)[:12] (url: the gold file's,\n"
                    "# the canonical link, or set:name), sha256 of the HTML file (16 hex), part (check when the first\n"
                    "# byte of sha1(url) is odd). Made once, before any result was looked at.\n")
            for r in rows:
                f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
