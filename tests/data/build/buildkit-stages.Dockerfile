FROM cais-test/shell:1 AS build
WORKDIR /w
RUN echo built > out.txt && echo to-stderr >&2
FROM cais-test/shell:1
COPY --from=build /w/out.txt /out.txt
RUN cat /out.txt
FROM cais-test/shell:1 AS extra
RUN echo extra
