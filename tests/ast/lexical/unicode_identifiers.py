ñame = 1
λ = lambda: 0
日本 = "japan"
café = ñame + 1
Ω = 1
ｆｕｌｌｗｉｄｔｈ = 2
ﬁle = 3
ℌ = 4
def αβγ(δ, ε=1): return δ
class Ünïcödé: pass
obj.ñ = 1
import café as ñ
_ = ℌ + ｆｕｌｌｗｉｄｔｈ
