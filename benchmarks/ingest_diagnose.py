"""List score.py's misses and false hits per article of an evaluation set, for a site kept with --keep.

    python ../shared/eval/score.py --articles SET/articles --gold SET/gold --briefing ".venv/bin/python -m generator" --keep SITE
    python benchmarks/ingest_diagnose.py SITE SET [NAME-FRAGMENT ...]

Uses score.py's own matching (norm, names, overlap); events are matched greedily as score.py does, so a
"missed" gold event may have been taken by a near-miss prediction with the same date.
"""
import json, sys, yaml
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'shared' / 'eval'))
from score import norm, names_of_pred, names_of_gold, overlap
args = sys.argv[1:]
site = Path(args.pop(0))
gold_dir = Path(args.pop(0)) / 'gold'
data = json.load(open(site / 'public/data/briefing.json'))
actors = {a['id']: a for a in data['actors']}
arts = {Path(a['source_file']).stem: a for a in data['articles']}
only = args
for g in sorted(gold_dir.glob('*.yaml')):
    if only and not any(o in g.stem for o in only): continue
    d = yaml.safe_load(g.read_text()); a = arts[g.stem]
    print('=' * 100); print(g.stem)
    if norm(a['title']) != norm(d['title']): print('TITLE got:', a['title'])
    text = norm(a['text'])
    for b in d.get('boilerplate') or []:
        if norm(b) in text: print('BOILERPLATE kept:', b)
    for b in d.get('body_must_contain') or []:
        if norm(b) not in text: print('BODY missing:', b)
    pa = [actors[i] for i in a['actors'] if i in actors]
    for kind, gl in (('person', d['people']), ('other', (d['organizations'] or []) + (d['countries'] or []))):
        pp = [x for x in pa if (x['kind'] == 'person') == (kind == 'person')]
        for ge in gl:
            if not any(names_of_gold(ge) & names_of_pred(x) for x in pp):
                other = [x['name'] + '/' + x['kind'] for x in pa if names_of_gold(ge) & names_of_pred(x)]
                print(f'MISS {kind}:', ge['name'], ('(found as ' + ', '.join(other) + ')') if other else '')
        for x in pp:
            if not any(names_of_gold(ge) & names_of_pred(x) for ge in gl):
                print(f'FALSE {kind}:', x['name'], x['kind'], x.get('aliases'))
    cn = set().union(*[names_of_gold(c) for c in d['countries'] or []]) if d['countries'] else set()
    gp = [names_of_gold(p) for p in d['places']]
    gpn = set().union(*gp) if gp else set()
    pp = [p for p in a['places'] if not ({norm(p)} & cn) or ({norm(p)} & gpn)]
    for p in d['places']:
        if not names_of_gold(p) & {norm(x) for x in pp}: print('MISS place:', p)
    for p in pp:
        if not any({norm(p)} & x for x in gp): print('FALSE place:', p)
    qs = [q for q in data['quotes'] if q['article'] == a['id']]
    for gq in d['quotes'] or []:
        best = max(qs, key=lambda q: overlap(q['text'], gq['text']), default=None)
        if best is None or overlap(best['text'], gq['text']) < 0.7:
            print('QUOTE missed:', gq['speaker'], '|', gq['text'][:90]); continue
        spk = actors.get(best['speaker']) if best['speaker'] else None
        want = {norm(gq['speaker'])}
        for e in (d['people'] or []) + (d['organizations'] or []) + (d['countries'] or []):
            if e['name'] == gq['speaker']: want = names_of_gold(e)
        if not (spk and names_of_pred(spk) & want):
            print('QUOTE wrong speaker:', gq['text'][:60], '| got', spk and spk['name'], '| want', gq['speaker'])
    pe = [e for e in data['events'] if e['article'] == a['id']]
    used = set()
    for ge in d['events'] or []:
        gd = str(ge['date']); ga = set().union(*[names_of_gold(x) for x in ge['actors']]) if ge['actors'] else set()
        gw = f"{ge['what']} {ge['evidence']}"; hit = None
        for i, e in enumerate(pe):
            pd = str(e['date'])
            if i in used or len(pd) < len(gd) or pd[:len(gd)] != gd: continue
            pan = set().union(*[names_of_pred(actors[x]) for x in e['actors'] if x in actors] or [set()])
            if (ga & pan) or overlap(e['text'], gw) >= 0.3 or not (ga or gw.strip()):
                used.add(i); hit = e; break
        if hit is None: print('EVENT missed:', gd, '|', ge['evidence'])
    for i, e in enumerate(pe):
        if i not in used: print('EVENT extra:', e['date'], e.get('approx'), '|', e['text'][:150], '|', e['actors'])
