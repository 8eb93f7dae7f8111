# string.Template: $-substitution
from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.template)
print(Template("${noun}ification costs $$${price}").substitute(noun="tax", price=9.5))
print(Template("$a$b ${a}${b} $$a").substitute(a=1, b=[2]))
print(Template("no placeholders").substitute())
print(Template("$x_1 $x-1 ${x_1}.").substitute(x_1="A", x="B"))
print(Template("trailing $").safe_substitute())

for template, kwargs in [("$who likes $what", {"who": "tim"}),
                         ("Give $who $100", {"who": "tim"}),
                         ("${who", {"who": 1}),
                         ("line1\nline2 $ oops", {}),
                         ("$", {}),
                         ("ok ${1abc}", {}),
                         ("${}", {})]:
    try:
        print(Template(template).substitute(**kwargs))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(template).safe_substitute(**kwargs)))

t = Template("$name is $age years, $name!")
print(t.get_identifiers(), t.is_valid(), Template("$1").is_valid())
try:
    Template("bad $ here").get_identifiers()
except ValueError as e:
    print("ValueError", e)

letter = Template("""Dear $name,
Your order #$order ships on ${day}.
Total: $$$total""")
print(letter.substitute(name="Bo", order=42, day="Monday", total="19.99"))
rows = [{"item": "pen", "qty": 3}, {"item": "ink", "qty": 1}]
line = Template("$qty x $item")
print([line.substitute(r) for r in rows])


class PercentTemplate(Template):
    delimiter = "%"


print(PercentTemplate("%who owes %%%amount").substitute(who="x", amount=5))
try:
    Template("$x").substitute({"y": 1}, z=2)
except KeyError as e:
    print("KeyError", e)
try:
    Template("$x").substitute({}, {})
except TypeError as e:
    print("TypeError", e)
