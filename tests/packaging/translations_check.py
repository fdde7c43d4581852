#!/usr/bin/env python3
"""The Russian and Chinese translations are complete for the sources as they are now.

Runs lupdate over the project's sources into copies of the .ts files (the committed ones are not touched) and fails
on any message without a translation or with placeholders that differ from the English. It also fails on a
one-argument translation helper called with a literal: lupdate does not see such a call, or (for a helper named
tr) files it under the calling class or namespace rather than the helper's context — either way the words stay
English at run time although the .ts files look complete. Helpers may translate strings marked QT_TRANSLATE_NOOP.

usage: translations_check.py PROJECT_CMAKE GENERATE_SCRIPT LUPDATE TS_DIR SOURCE_ROOT"""
import glob, os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

project_in, generator, lupdate, ts_dir, root = sys.argv[1:6]
problems = []

# 1. Helpers lupdate cannot see, or whose context is not the one lupdate uses.
wrapper = re.compile(r'QString (\w+)\(const char \*\w+\)\s*\{\s*return QCoreApplication::translate\("([^"]+)"', re.S)
for path in glob.glob(f'{root}/app/**/*.cpp', recursive=True) + glob.glob(f'{root}/ui/**/*.cpp', recursive=True):
    text = open(path, encoding='utf-8').read()
    for m in wrapper.finditer(text):
        name, context = m.group(1), m.group(2)
        rel = os.path.relpath(path, root)
        if re.search(r'(?<![\w:.>])' + name + r'\(\s*"', text):
            problems.append(f'{rel}: {name}("…") is either invisible to lupdate or filed under the caller\'s '
                            f'class or namespace instead of "{context}"; write QCoreApplication::translate("{context}", "…")')

# 2. lupdate into copies, then every message translated with the same placeholders.
with tempfile.TemporaryDirectory() as tmp:
    project = os.path.join(tmp, 'project.json')
    subprocess.run(['cmake', f'-DIN_FILE={project_in}', f'-DOUT_FILE={project}', '-P', generator], check=True,
                   stdout=subprocess.DEVNULL)
    copies = []
    for ts in sorted(glob.glob(f'{ts_dir}/attache_*.ts')):
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copy(ts, copy)
        copies.append(copy)
    subprocess.run([lupdate, '-project', project, '-no-obsolete', '-locations', 'none', '-ts', *copies],
                   check=True, stdout=subprocess.DEVNULL)
    for copy in copies:
        lang = os.path.basename(copy)
        for context in ET.parse(copy).getroot().iter('context'):
            cname = context.findtext('name')
            for msg in context.iter('message'):
                src = msg.findtext('source') or ''
                tr = msg.find('translation')
                forms = [f.text or '' for f in tr.findall('numerusform')] or [tr.text or '']
                if tr.get('type') == 'unfinished' or not all(f.strip() for f in forms):
                    problems.append(f'{lang}: {cname}: not translated: {src!r}')
                    continue
                wanted = sorted(set(re.findall(r'%\d', src)))
                for f in forms:
                    if sorted(set(re.findall(r'%\d', f))) != wanted:
                        problems.append(f'{lang}: {cname}: placeholders differ: {src!r} -> {f!r}')

for p in problems:
    print(p)
print(f'{len(problems)} problem(s)')
sys.exit(1 if problems else 0)
