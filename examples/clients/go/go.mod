module ecoreg.example/client

go 1.19
