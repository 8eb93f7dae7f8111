values = (1,
  $x
