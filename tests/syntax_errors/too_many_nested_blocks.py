# Twenty loops and with blocks, then a try: one frame block too many.
for x in y:
    while x:
        with a:
            for x in y:
                while x:
                    with a:
                        for x in y:
                            while x:
                                with a:
                                    for x in y:
                                        while x:
                                            with a:
                                                for x in y:
                                                    while x:
                                                        with a:
                                                            for x in y:
                                                                while x:
                                                                    with a:
                                                                        for x in y:
                                                                            while x:
                                                                                try:
                                                                                    pass
                                                                                finally:
                                                                                    pass
