import re, sys, json, collections
sys.path.insert(0,'/work/research/holdout/tools')
from annotation_source import A
D='/work/research/holdout/'
KINDS={'misspelt-lead','wrong-lead-form','operative-without-verb','preambular-end-mark','operative-end-mark','numbering','sub-clause-label','heading-field-missing','capital-after-lead','full-stop-inside-clause','half-width-punctuation-in-chinese','missing-book-title-marks','duplicate-clause','other'}
import glob,os
files=sorted(os.path.basename(f) for f in glob.glob(D+'*.txt'))
assert set(files)==set(A), (set(files)^set(A))
errs=0
def paras(f):
    L=open(D+f,encoding='utf-8').read().split('\n'); i=0
    while i<len(L) and L[i].startswith('#'): i+=1
    return [l for l in L[i:] if l.strip()]
for f in files:
    P=paras(f)
    for (n,k,note) in A[f]:
        if k not in KINDS: print('BADKIND',f,n,k); errs+=1
        if not 1<=n<=len(P): print('BADPARA',f,n); errs+=1; continue
        for q in re.findall(r'"([^"]+)"',note):
            if q not in P[n-1]: print('QUOTE-NOT-FOUND',f,n,repr(q)); errs+=1
print('errors',errs)
# write yaml
def y(s): return "'"+s.replace("'","''")+"'"
out=['# Annotations of true format faults, one list per draft file (see README.md for conventions).',
     '# paragraph = 1-based index over non-empty lines after the leading comment lines.',
     '# In notes, "..." quotes the draft text; «...» is the form FORMAT.md expects or text that is missing.','']
for f in files:
    out.append(f+':')
    if not A[f]: out.append('  faults: []'); continue
    out.append('  faults:')
    for (n,k,note) in sorted(A[f],key=lambda x:x[0]):
        out.append(f'    - {{paragraph: {n}, kind: {k}, note: {y(note)}}}')
open(D+'annotations.yaml','w',encoding='utf-8').write('\n'.join(out)+'\n')
c=collections.Counter(k for f in files for (_,k,_) in A[f])
print(sum(c.values()), dict(c))
for f in files: print(f, len(A[f]))
