ARG BASE=cais-test/shell:1
FROM $BASE
ARG GREETING=hi
LABEL x=y
RUN echo "$GREETING" > /g.txt
