FROM cais-test/shell:1 AS base
RUN echo base > /base.txt

FROM base
ARG GREETING=hello
COPY file.txt /file.txt
RUN cat /file.txt && \
    echo "to stderr" >&2
RUN echo $GREETING > /greeting
CMD ["cat", "/greeting"]
