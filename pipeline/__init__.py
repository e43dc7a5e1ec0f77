"""speechfacts: fact records from archives of official speeches."""
