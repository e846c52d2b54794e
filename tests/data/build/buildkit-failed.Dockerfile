FROM cais-test/shell:1
RUN echo before
RUN echo failing-now && exit 3
RUN echo never
