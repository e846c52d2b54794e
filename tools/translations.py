#!/usr/bin/env python3
"""Checks and helps maintain Cais's Qt Linguist files.

  translations.py fill-en translations/cais_en.ts   fill the English plural forms
  translations.py check translations/cais_pt_BR.ts  fail on any untranslated message
"""
import re
import sys
import xml.etree.ElementTree as ET


def fill_en(path):
    tree = ET.parse(path)
    changed = 0
    for msg in tree.iter('message'):
        if msg.get('numerus') != 'yes':
            continue
        src = msg.findtext('source') or ''
        tr = msg.find('translation')
        if tr is None:
            tr = ET.SubElement(msg, 'translation')
        forms = tr.findall('numerusform')
        if forms and all((f.text or '').strip() for f in forms) and tr.get('type') != 'unfinished':
            continue
        for f in forms:
            tr.remove(f)
        one = re.sub(r'\(s\)', '', src)
        many = re.sub(r'\(s\)', 's', src)
        for text in (one, many):
            ET.SubElement(tr, 'numerusform').text = text
        tr.attrib.pop('type', None)
        changed += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path}: filled {changed} plural message(s)')


def check(paths):
    bad = []
    for path in paths:
        tree = ET.parse(path)
        for ctx in tree.iter('context'):
            name = ctx.findtext('name')
            for msg in ctx.iter('message'):
                tr = msg.find('translation')
                src = msg.findtext('source')
                if tr is None:
                    bad.append((path, name, src, 'no translation'))
                    continue
                kind = tr.get('type')
                if kind in ('obsolete', 'vanished'):
                    continue
                if kind == 'unfinished':
                    bad.append((path, name, src, 'unfinished'))
                    continue
                if msg.get('numerus') == 'yes':
                    forms = [f.text or '' for f in tr.findall('numerusform')]
                    if not forms or not all(f.strip() for f in forms):
                        bad.append((path, name, src, 'missing plural form'))
                    elif '%n' in src and not all('%n' in f for f in forms[1:]):
                        bad.append((path, name, src, 'plural form lacks %n'))
                elif not (tr.text or '').strip():
                    bad.append((path, name, src, 'empty'))
                else:
                    # Every placeholder of the source must survive translation.
                    for ph in set(re.findall(r'%\d', src or '')):
                        if ph not in tr.text:
                            bad.append((path, name, src, f'lost placeholder {ph}'))
    for path, ctx, src, why in bad:
        print(f'{path}: [{ctx}] {src!r}: {why}')
    n = sum(1 for _ in bad)
    print(f'{len(paths)} file(s) checked, {n} problem(s)')
    return 1 if bad else 0


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'fill-en':
        fill_en(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == 'check':
        sys.exit(check(sys.argv[2:]))
    else:
        print(__doc__)
        sys.exit(2)
