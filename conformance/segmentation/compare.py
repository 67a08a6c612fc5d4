"""Word-boundary F1 of lmip's segmentation (ICU4X dictionaries, `lmip search segment`) against
independent segmenters from PyPI: PyThaiNLP (Thai, newmm), khmer-nltk (Khmer), LaoNLP (Lao) and
Pyidaungsu (Burmese).

The text is lmip's own interface text in each language (locales/LANG/main.ftl): every run of the
script's letters (between spaces, digits, Latin words and punctuation) is segmented by both, and the
word boundaries inside the run are compared. Precision is the share of lmip's boundaries that the
reference also puts; recall the share of the reference's that lmip finds; F1 their harmonic mean.
Neither is ground truth: they are two tools' opinions, and where they differ either may be right.
Runs a segmenter changes (normalises characters, drops some) are skipped and counted.

Usage: python compare.py LMIP_BIN LOCALES_DIR [MIN_F1]
"""
import re
import subprocess
import sys
import unicodedata

SCRIPTS = {
    "th": "\u0e00-\u0e7f",
    "lo": "\u0e80-\u0eff",
    "km": "\u1780-\u17ff",
    "my": "\u1000-\u109f",
}


def reference(lang):
    if lang == "th":
        from pythainlp.tokenize import word_tokenize

        return lambda s: word_tokenize(s, engine="newmm", keep_whitespace=False)
    if lang == "km":
        from khmernltk import word_tokenize

        return word_tokenize
    if lang == "lo":
        from laonlp.tokenize import word_tokenize

        return word_tokenize
    import pyidaungsu as pds

    return lambda s: pds.tokenize(s, form="word")


def runs(lang, locales):
    pattern = re.compile("[" + SCRIPTS[lang] + "]{2,}")
    out = []
    with open(f"{locales}/{lang}/main.ftl", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or " = " not in line:
                continue
            text = re.sub(r"\{[^}]*\}", " ", line.split(" = ", 1)[1])
            # Punctuation and digits of the script (Khmer ។, Burmese ။, Thai digits) end a run.
            text = "".join(
                " " if unicodedata.category(c)[0] in "PSNZ" else c for c in text
            )
            out.extend(pattern.findall(text))
    # Each distinct run once, in a stable order.
    return sorted(set(out))


def boundaries(tokens, run):
    tokens = [t for t in tokens if t.strip()]
    if "".join(tokens) != run:
        return None
    cuts, at = set(), 0
    for t in tokens[:-1]:
        at += len(t)
        cuts.add(at)
    return cuts


def main():
    lmip, locales = sys.argv[1], sys.argv[2]
    floor = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    print("| language | reference | runs compared | skipped | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|")
    names = {"th": "PyThaiNLP newmm", "km": "khmer-nltk", "lo": "LaoNLP", "my": "Pyidaungsu"}
    failed = []
    for lang in ["th", "km", "lo", "my"]:
        texts = runs(lang, locales)
        ours = subprocess.run(
            [lmip, "search", "segment"],
            input="\n".join(texts) + "\n",
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
        ref = reference(lang)
        agree = mine = theirs = compared = skipped = 0
        for run, line in zip(texts, ours):
            a = boundaries(line.split("|") if line else [], run)
            b = boundaries(ref(run), run)
            if a is None or b is None:
                skipped += 1
                continue
            compared += 1
            agree += len(a & b)
            mine += len(a)
            theirs += len(b)
        p = agree / mine if mine else 1.0
        r = agree / theirs if theirs else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {lang} | {names[lang]} | {compared} | {skipped} | {p:.3f} | {r:.3f} | {f1:.3f} |")
        if f1 < floor or compared == 0:
            failed.append(lang)
    if failed:
        print(f"word-boundary F1 below {floor} for: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
