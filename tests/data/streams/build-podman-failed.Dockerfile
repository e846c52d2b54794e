FROM cais-test/shell:1
RUN echo one
RUN echo about to fail && exit 3
