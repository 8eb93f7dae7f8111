# Converting numeric text: int/float over isdigit/isdecimal/isnumeric strings
for s in ["123", "٣٤٥", "۱۲", "１２", "²", "½", "Ⅷ", "〇", "𝟙𝟚", "१२३", "๓", "-5", "+5", "5.0"]:
    results = []
    for conv in (int, float):
        try:
            results.append(repr(conv(s)))
        except ValueError:
            results.append("ValueError")
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), results)
