# utf-8-sig: a BOM on encoding, an optional one skipped on decoding;
# errors are utf-8's and count from after the BOM.
from helper_show import show

for data in [b"\xef\xbb\xbfabc", b"abc", b"\xef\xbb\xbfa\xef\xbb\xbf", b"\xef\xbb", b"\xef\xbb\xbf\xff", b"a\xff", b""]:
    show(data, lambda: data.decode("utf-8-sig"))
    show(data, lambda: data.decode("utf_8_sig", "replace"))
show("enc", lambda: "a\xe9".encode("utf-8-sig"))
show("enc-empty", lambda: "".encode("UTF-8-SIG"))
show("enc-bad", lambda: "a\ud800".encode("utf-8-sig"))
show("enc-pass", lambda: "a\ud800".encode("utf-8-sig", "surrogatepass"))
