# Build a static binary (pure-Go SQLite: no cgo), then ship it alone in a
# distroless image that runs as a non-root user.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/idlibwatch ./cmd/idlibwatch \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/idlibwatch /usr/local/bin/idlibwatch
# The working directory holds idlibwatch.yaml (if mounted) and the SQLite file.
COPY --from=build --chown=65532:65532 /out/data /data
WORKDIR /data
VOLUME /data
# Reachable from outside the container; every key can be set this way
# (IDLIBWATCH_<KEY>, see idlibwatch.example.yaml).
ENV IDLIBWATCH_HTTP_LISTEN=:8080
USER 65532:65532
EXPOSE 8080
# No curl in a distroless image: the binary asks its own /readyz.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/usr/local/bin/idlibwatch", "health"]
ENTRYPOINT ["/usr/local/bin/idlibwatch"]
CMD ["run"]
