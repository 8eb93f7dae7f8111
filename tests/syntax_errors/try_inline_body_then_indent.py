try: value = compute()
    use(value)
finally:
    pass
