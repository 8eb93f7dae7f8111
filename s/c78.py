"é"
break
