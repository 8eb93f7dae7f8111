class ValidationError(Exception):
    pass


class Form:
    def check(self, field, value):
        if not value:
            raise ValidationError(f"{field} is required")


Form().check("email", "")
