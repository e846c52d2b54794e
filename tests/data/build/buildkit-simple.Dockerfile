FROM cais-test/shell:1
WORKDIR /srv
COPY a.txt .
RUN echo hello-from-run && ls /srv
RUN echo second
CMD ["cat", "/srv/a.txt"]
