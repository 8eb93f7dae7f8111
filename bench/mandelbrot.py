# Floating point inner loops: count points of a Mandelbrot grid that stay bounded.
def mandel(width, height, max_iter):
    inside = 0
    checksum = 0
    for py in range(height):
        ci = 2.0 * py / height - 1.0
        for px in range(width):
            cr = 3.0 * px / width - 2.0
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            if i == max_iter:
                inside += 1
            checksum = (checksum * 31 + i) % 1000000007
    return inside, checksum


print("mandelbrot", *mandel(600, 390, 100))
