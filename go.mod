module github.com/idlibwatch/idlibwatch

go 1.25
