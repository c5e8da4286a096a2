# Reference values for the statistics tests in tests/GlosKlienta.Domain.Tests/Analysis.
#
# Documentation only: nothing runs this in the build or in CI. It records how every expected value
# hard-coded in the tests was produced, so a reviewer can repeat it. Run on Debian 12 (bookworm):
#
#   apt-get install -y --no-install-recommends python3-scipy python3-statsmodels python3-mpmath
#   /usr/bin/python3 reference.py
#
# Versions used: Python 3.11.2, numpy 1.24.2, scipy 1.10.1, statsmodels 0.13.5, mpmath 1.2.1.
# Values are printed with repr() so they can be pasted into the C# tests unchanged.
import numpy as np, scipy, statsmodels, sys
from scipy import stats
from statsmodels.stats.proportion import proportion_confint, confint_proportions_2indep
from statsmodels.stats.multitest import multipletests

print("# python", sys.version.split()[0], "numpy", np.__version__, "scipy", scipy.__version__, "statsmodels", statsmodels.__version__)
r = repr
A = [5,5,4,4,4,3,5,2,1,4,5,3,4,5,5,4,3,2,5,4]
B = [3,4,2,5,3,3,4,1,2,3,4,2,3,5,1,3]

def rating(name, x):
    x = np.array(x, dtype=float); n = len(x)
    print(f"## rating {name} n={n}")
    print(" median", r(np.median(x)), "q1", r(np.percentile(x, 25)), "q3", r(np.percentile(x, 75)))
    print(" mean", r(x.mean()))
    if n >= 2:
        sd = x.std(ddof=1)
        print(" sd", r(sd), "t.interval", r(stats.t.interval(0.95, n-1, loc=x.mean(), scale=stats.sem(x))))
    t2 = int((x >= 4).sum()); b2 = int((x <= 2).sum())
    print(" top2", t2, r(t2/n), "wilson", r(proportion_confint(t2, n, alpha=0.05, method='wilson')))
    print(" bottom2", b2, r(b2/n), "wilson", r(proportion_confint(b2, n, alpha=0.05, method='wilson')))
    print(" net", r(t2/n - b2/n))

rating("A", A); rating("B", B); rating("single", [4]); rating("two", [1,5]); rating("three", [2, 4, 5])
rating("allequal", [3]*6)

print("## wilson edge")
for c, n in [(0,10),(10,10),(1,1),(0,1),(81,100),(24,30)]:
    print(" ", c, n, r(proportion_confint(c, n, alpha=0.05, method='wilson')))

print("## t.ppf(0.975)")
for df in [1,2,3,5,29,1000]:
    print(" ", df, r(stats.t.ppf(0.975, df)))

def mwu(name, a, b):
    res = stats.mannwhitneyu(a, b, alternative='two-sided', method='asymptotic')
    nc = stats.mannwhitneyu(a, b, alternative='two-sided', method='asymptotic', use_continuity=False)
    n1, n2 = len(a), len(b)
    cliff = np.mean(np.sign(np.subtract.outer(np.array(a, float), np.array(b, float))))
    u = res.statistic
    z = np.sign(u - n1*n2/2) * stats.norm.isf(nc.pvalue/2)
    print(f"## mwu {name}: U1={r(u)} p={r(res.pvalue)} p_nocont={r(nc.pvalue)} Z={r(z)} r={r(z/np.sqrt(n1+n2))} cliff={r(cliff)}")

mwu("A vs B", A, B)
mwu("B vs A", B, A)
mwu("allequal", [3]*5, [3]*4)
mwu("single", [4], [2])
mwu("single tie", [4], [4])
mwu("reals", [1.5, 2.25, 3.0, 3.0, 7.5, 0.1], [2.0, 3.0, 4.5, 8.0, 9.25])
mwu("separated", [1,1,2,2,2], [4,5,5,4,5,5])

print("## chi2_contingency(correction=False)")
for t in [ [[20,15,10,5],[10,12,14,16]], [[30,10,5],[20,25,15],[10,20,35]], [[12,30],[25,20]], [[20,15,10],[10,12,14]] ]:
    c = stats.chi2_contingency(np.array(t), correction=False)
    print(" ", t, "stat", r(c[0]), "p", r(c[1]), "dof", c[2], "minexp", r(c[3].min()), "below5", int((c[3] < 5).sum()))

print("## fisher_exact")
for t in [ [[8,2],[1,5]], [[3,1],[1,3]], [[0,5],[5,0]], [[12,5],[3,9]], [[1,20],[4,18]], [[2,0],[0,3]], [[5,5],[5,5]] ]:
    o, p = stats.fisher_exact(t)
    print(" ", t, "or", r(o), "p", r(p))
print(" zero row", stats.fisher_exact([[0,0],[3,4]]))

print("## newcombe: confint_proportions_2indep(c1, n1, c2, n2, method='newcomb', compare='diff')")
for c1, n1, c2, n2 in [(56,70,48,80),(9,10,3,10),(6,7,2,7),(5,56,0,29),(0,10,0,20),(10,10,0,10),(16,20,8,16)]:
    print(" ", c1, n1, c2, n2, r(confint_proportions_2indep(c1, n1, c2, n2, method='newcomb', compare='diff')))

print("## holm: multipletests(p, method='holm')[1]")
for ps in [[0.01, 0.04, 0.03, 0.005, 0.2], [0.02, 0.02, 0.5], [0.001], [0.3, 0.6, 0.9, 0.95]]:
    print(" ", ps, r(list(multipletests(ps, method='holm')[1])))

print("## spearmanr")
x = [5,4,4,3,5,2,1,4,5,3,4,4]
y = [21,18,20,14,24,11,7,19,22,15,17,20]
s = stats.spearmanr(x, y); print(" ties", r(s.correlation), r(s.pvalue))
s = stats.spearmanr([1.0, 2.5, 2.5, 4.0, 9.0], [3.0, 1.0, 2.0, 2.0, 8.0]); print(" reals", r(s.correlation), r(s.pvalue))
s = stats.spearmanr([1,2,3], [3,1,2]); print(" n3", r(s.correlation), r(s.pvalue))
print(" const", stats.spearmanr([3,3,3,3], [1,2,3,4]))

print("## cronbach (numpy formula: k/(k-1)*(1 - sum(var_i, ddof=1)/var(total, ddof=1)))")
M = np.array([
 [5,5,4,5,4],[4,4,4,4,3],[3,3,2,3,3],[5,4,5,5,5],[2,2,1,2,3],[4,5,4,4,4],[3,4,3,3,2],[1,2,1,1,2],
 [4,4,5,4,4],[5,5,5,4,5],[3,2,3,3,3],[4,3,4,4,5]], dtype=float)
def alpha(M):
    k = M.shape[1]
    return k/(k-1)*(1 - M.var(axis=0, ddof=1).sum()/M.sum(axis=1).var(ddof=1))
print(" M", r(alpha(M)))
idx = (M.mean(axis=1) - 1)/4*100
print(" index mean", r(idx.mean()), "t.interval", r(stats.t.interval(0.95, len(idx)-1, loc=idx.mean(), scale=stats.sem(idx))))
L = np.array([[5,1,4],[1,5,2],[4,2,5],[2,4,1],[3,3,3]], dtype=float)
print(" low", r(alpha(L)))
for i in range(5):
    s = stats.spearmanr(M[:, i], M.sum(axis=1)); print(" driver", i, r(s.correlation), r(s.pvalue), "top2", r((M[:, i] >= 4).mean()))

print("## p-chart")
d = np.array([12, 9, 15, 30, 8, 11]); n = np.array([120, 100, 130, 140, 110, 90])
pbar = d.sum()/n.sum(); s = 3*np.sqrt(pbar*(1-pbar)/n)
print(" pbar", r(pbar)); print(" lcl", r(list(np.clip(pbar - s, 0, 1)))); print(" ucl", r(list(np.clip(pbar + s, 0, 1)))); print(" p", r(list(d/n)))

print("## chi2 small expected")
c = stats.chi2_contingency(np.array([[5,3,1],[6,2,4]]), correction=False)
print(" ", repr(c[0]), repr(c[1]), c[2], repr(c[3].min()), int((c[3] < 5).sum()))

print("## period comparison, ratings (Holm over the three judgeable items)")
A2, B2 = A*2, B*2
pairs = {"uprzejmosc": (A2, B2), "sprawnosc": (B2, A2), "kompetencja": (A2, A2)}
ps = []
for k, (a, b) in pairs.items():
    res = stats.mannwhitneyu(a, b, alternative='two-sided', method='asymptotic'); ps.append(res.pvalue)
    t1 = sum(v >= 4 for v in a); t2 = sum(v >= 4 for v in b)
    print(" ", k, "U1", repr(res.statistic), "p", repr(res.pvalue), "top2", t1, len(a), t2, len(b),
          "newcombe", repr(confint_proportions_2indep(t1, len(a), t2, len(b), method='newcomb', compare='diff')))
print("  holm", repr(list(multipletests(ps, method='holm')[1])))

print("## period comparison, categorical")
cur = [40, 25, 3, 2]; base = [20, 30, 12, 0]; n1, n2 = 70, 62
ps = []
for j in range(4):
    t = np.array([[cur[j], n1-cur[j]], [base[j], n2-base[j]]])
    exp = stats.contingency.expected_freq(t)
    if exp.min() < 5:
        o, p = stats.fisher_exact(t); m = "fisher"
    else:
        c = stats.chi2_contingency(t, correction=False); p = c[1]; m = "chi2 %r" % c[0]
    ps.append(p)
    print(" ", j, m, "p", repr(p), "minexp", repr(exp.min()), "newcombe", repr(confint_proportions_2indep(cur[j], n1, base[j], n2, method='newcomb', compare='diff')))
print("  holm", repr(list(multipletests(ps, method='holm')[1])))
c = stats.chi2_contingency(np.array([cur, base]), correction=False)
print("  overall", repr(c[0]), repr(c[1]), c[2], repr(c[3].min()), int((c[3] < 5).sum()))

print("## significant only before Holm")
def expand(c): return [v for v in range(1,6) for _ in range(c[v-1])]
a, b = expand([2,3,7,14,14]), expand([4,7,10,10,8])
res = stats.mannwhitneyu(a, b, alternative='two-sided', method='asymptotic')
same = stats.mannwhitneyu(a, a, alternative='two-sided', method='asymptotic')
print(" ", repr(res.statistic), repr(res.pvalue), repr(list(multipletests([res.pvalue, same.pvalue, same.pvalue], method='holm')[1])))

print("## distribution functions")
for df in [19, 999999]: print("  t.ppf(0.975)", df, repr(stats.t.ppf(0.975, df)))
print("  norm.sf", repr(stats.norm.sf(8.0)), repr(stats.norm.sf(1.959963984540054)))
print("  chi2.sf", repr(stats.chi2.sf(3.84, 1)), repr(stats.chi2.sf(39.56099456099456, 4)), repr(stats.chi2.sf(120.0, 3)))
print("  2*t.sf", repr(2*stats.t.sf(2.5, 10)), repr(2*stats.t.sf(10.0, 3)))

print("## t quantile at 40 digits (mpmath), scipy's t.ppf beside it")
import mpmath as mpm
mpm.mp.dps = 40
def tq(nu):
    nu = mpm.mpf(nu)
    f = lambda t: mpm.betainc(nu/2, mpm.mpf(1)/2, 0, nu/(nu+t*t), regularized=True)/2 - mpm.mpf('0.025')
    return mpm.findroot(f, mpm.mpf(12) if nu == 1 else mpm.mpf(5) if nu < 3 else mpm.mpf(2))
for nu in [1, 2, 3, 5, 19, 29, 999, 1000, 999999]:
    print(" ", nu, mpm.nstr(tq(nu), 20), repr(stats.t.ppf(0.975, nu)))
