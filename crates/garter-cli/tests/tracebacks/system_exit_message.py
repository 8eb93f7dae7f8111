import sys

print("checking")
sys.exit("configuration missing")
