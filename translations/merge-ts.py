#!/usr/bin/env python3
"""Copies translations from other .ts files into one made by lupdate, message by message.

    python3 translations/merge-ts.py translations/trellis_cy.ts donor.ts [donor2.ts ...]

A message of the target gets a donor's translation when both have the same context and source
text (and comment, when there is one), or when the donor's context is an old name of the target's
(RENAMED below). Only messages not finished in the target are filled (empty, or a guess lupdate
copied from the same text in another context, which it marks unfinished); a donor's
"unfinished" mark (a term the translator was unsure of) is kept, so lrelease -nounfinished still
leaves it out. Two donors that disagree are reported and the first one wins. Nothing else in the
file changes, so the diff shows only the translations added. Run lupdate (the
update_translations target) afterwards to check the file still matches the sources.
"""
import html
import re
import sys

# Contexts renamed when the code's real translation contexts were fixed (lupdate used to guess
# these from the namespace of a free function; the running program never looked them up there).
RENAMED = {
    "trellis::ui::conflicttext": "ConflictValueText",
    "trellis::ui": "RejectionReason",
}

CONTEXT = re.compile(r"<context>.*?</context>", re.S)
MESSAGE = re.compile(r"<message[^>]*>.*?</message>", re.S)
TRANSLATION = re.compile(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", re.S)


def text_of(pattern, block):
    found = re.search(pattern, block, re.S)
    return html.unescape(found.group(1)) if found else ""


def key(context, message):
    return (context, text_of(r"<source>(.*?)</source>", message), text_of(r"<comment>(.*?)</comment>", message))


def translation_of(message):
    found = TRANSLATION.search(message)
    return found.group(0) if found else ""


def is_empty(translation):
    inner = re.sub(r"<translation[^>]*>|</translation>|<translation[^>]*/>", "", translation)
    inner = re.sub(r"</?numerusform>", "", inner)
    return inner.strip() == "" or 'type="vanished"' in translation or 'type="obsolete"' in translation


def needs_translation(translation):
    return is_empty(translation) or 'type="unfinished"' in translation


def donors(paths):
    found = {}
    clashes = 0
    for path in paths:
        text = open(path, encoding="utf-8").read()
        for block in CONTEXT.findall(text):
            context = text_of(r"<name>(.*?)</name>", block)
            context = RENAMED.get(context, context)
            for message in MESSAGE.findall(block):
                translation = translation_of(message)
                if is_empty(translation):
                    continue
                k = key(context, message)
                if k in found and found[k] != translation:
                    clashes += 1
                    print(f"{path}: differs from an earlier file for {k[0]}: {k[1][:60]!r}", file=sys.stderr)
                    continue
                found.setdefault(k, translation)
    return found, clashes


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    target = sys.argv[1]
    found, clashes = donors(sys.argv[2:])
    filled = 0

    def fill_context(block_match):
        nonlocal filled
        block = block_match.group(0)
        context = text_of(r"<name>(.*?)</name>", block)

        def fill_message(message_match):
            nonlocal filled
            message = message_match.group(0)
            k = key(context, message)
            if k not in found or not needs_translation(translation_of(message)):
                return message
            filled += 1
            return TRANSLATION.sub(lambda _: found[k], message, count=1)

        return MESSAGE.sub(fill_message, block)

    text = open(target, encoding="utf-8").read()
    text = CONTEXT.sub(fill_context, text)
    open(target, "w", encoding="utf-8").write(text)
    print(f"{target}: {filled} translations added from {len(found)} offered; {clashes} disagreements")


if __name__ == "__main__":
    main()
