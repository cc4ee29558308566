mongoose.connect('mongodb+srv://testuser:akmAoUKcD2.J@cluster0-xm273.mongodb.net/test?retryWrites=true&w=majority');
