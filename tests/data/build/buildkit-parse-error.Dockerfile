FROM cais-test/shell:1
RUN echo hi
FOO bar
