match x:
  case {**r}: return
