# isidentifier: keywords count, unicode letters, digits, underscores
for s in ["abc", "_", "__init__", "a1", "1a", "", "a b", "a-b", "if", "None", "True", "ñandú", "日本",
          "x²", "xⅧ", "ℕ", "a\u0301", "\u0301a", "$x", "λ", "ⅷ", "_1", "a.b", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "·a", "a·"]:
    print(repr(s), s.isidentifier())
