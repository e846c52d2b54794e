<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Fechar %1</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Fechar aba</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Mais ferramentas</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Arquivo a gravar</translation>
    </message>
    <message>
        <source>Archive to read</source>
        <translation>Arquivo a ler</translation>
    </message>
    <message>
        <source>/path/to/archive.tar or .tar.gz</source>
        <translation>/caminho/para/arquivo.tar ou .tar.gz</translation>
    </message>
    <message>
        <source>/path/to/archive.tar</source>
        <translation>/caminho/para/arquivo.tar</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Escolher o arquivo</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Verificação do arquivo</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Progresso da transferência</translation>
    </message>
    <message>
        <source>Transfer status</source>
        <translation>Situação da transferência</translation>
    </message>
    <message>
        <source>Close or cancel</source>
        <translation>Fechar ou cancelar</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Arquivos tar (*.tar)</translation>
    </message>
    <message>
        <source>Gzip-compressed tar archives (*.tar.gz *.tgz)</source>
        <translation>Arquivos tar compactados com gzip (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Image and file archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst)</source>
        <translation>Arquivos de imagens e de arquivos (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Type where to write the archive, or choose it with Browse.</source>
        <translation>Digite onde gravar o arquivo, ou escolha com Procurar.</translation>
    </message>
    <message>
        <source>Type the archive&apos;s path, or choose it with Browse.</source>
        <translation>Digite o caminho do arquivo, ou escolha com Procurar.</translation>
    </message>
    <message>
        <source>Written as a gzip-compressed tar.</source>
        <translation>Gravado como tar compactado com gzip.</translation>
    </message>
    <message>
        <source>Written as a tar (end the name in .tar.gz to compress it).</source>
        <translation>Gravado como tar (termine o nome em .tar.gz para compactá-lo).</translation>
    </message>
    <message>
        <source>%1 exists: it is replaced once the new archive is complete.</source>
        <translation>%1 já existe: ele é substituído quando o novo arquivo estiver completo.</translation>
    </message>
    <message>
        <source>%1 to send.</source>
        <translation>%1 a enviar.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Aguardando o motor…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the transfer (nothing of a file being written is left)</source>
        <translation>Parar a transferência (nada fica de um arquivo sendo gravado)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 of %2 sent · %3</source>
        <translation>%1 de %2 enviados · %3</translation>
    </message>
    <message>
        <source>%1 of about %2 received · %3</source>
        <translation>%1 de cerca de %2 recebidos · %3</translation>
    </message>
    <message>
        <source>%1 received · %2</source>
        <translation>%1 recebidos · %2</translation>
    </message>
    <message>
        <source>(%1 written, compressed)</source>
        <translation>(%1 gravados, compactados)</translation>
    </message>
</context>
<context>
    <name>ArchiveTransfer</name>
    <message>
        <source>Choose the file to write.</source>
        <translation>Escolha o arquivo a gravar.</translation>
    </message>
    <message>
        <source>“%1” is not a full path. Choose the file with Browse, or type a path that starts with /.</source>
        <translation>“%1” não é um caminho completo. Escolha o arquivo com Procurar, ou digite um caminho que comece com /.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Type a file name after it, such as %2.</source>
        <translation>“%1” é uma pasta. Digite um nome de arquivo depois dela, como %2.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it first, or choose another one.</source>
        <translation>A pasta “%1” não existe. Crie-a antes, ou escolha outra.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>“%1” não é uma pasta.</translation>
    </message>
    <message>
        <source>You may not write in the folder “%1”. Choose another one.</source>
        <translation>Você não tem permissão para gravar na pasta “%1”. Escolha outra.</translation>
    </message>
    <message>
        <source>“%1” exists and may not be replaced (it is read-only).</source>
        <translation>“%1” já existe e não pode ser substituído (é somente leitura).</translation>
    </message>
    <message>
        <source>Choose the archive to read.</source>
        <translation>Escolha o arquivo a ler.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” não existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an archive. Choose a .tar or .tar.gz file.</source>
        <translation>“%1” é uma pasta, não um arquivo. Escolha um arquivo .tar ou .tar.gz.</translation>
    </message>
    <message>
        <source>Cais cannot read “%1”: %2</source>
        <translation>Não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vazio.</translation>
    </message>
    <message>
        <source>“%1” is not a tar archive (nor a compressed one: gzip, bzip2, xz or zstd). Choose a file made by docker save, podman save or docker export, or another tar.</source>
        <translation>“%1” não é um arquivo tar (nem um compactado: gzip, bzip2, xz ou zstd). Escolha um arquivo feito por docker save, podman save ou docker export, ou outro tar.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Choose at least one image to save.</source>
        <translation>Escolha pelo menos uma imagem para salvar.</translation>
    </message>
    <message>
        <source>Cais cannot write “%1”: %2</source>
        <translation>Não é possível gravar “%1”: %2</translation>
    </message>
    <message>
        <source>Cais could not write “%1”: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
    <message>
        <source>Canceled. No file was written.</source>
        <translation>Cancelado. Nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The engine read “%1” but loaded no image: the archive holds none.</source>
        <translation>O motor leu “%1”, mas não carregou nenhuma imagem: o arquivo não contém nenhuma.</translation>
    </message>
    <message>
        <source>The engine imported the archive but did not say which image it made.</source>
        <translation>O motor importou o arquivo, mas não disse qual imagem criou.</translation>
    </message>
    <message>
        <source>The engine has no image %1 (removed meanwhile?). Nothing was written.</source>
        <translation>O motor não tem a imagem %1 (removida nesse meio-tempo?). Nada foi gravado.</translation>
    </message>
    <message>
        <source>The engine could not save %1. Nothing was written.</source>
        <translation>O motor não conseguiu salvar %1. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The connection to the engine ended before the archive was complete. Nothing was written.</source>
        <translation>A conexão com o motor terminou antes de o arquivo ficar completo. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The container %1 no longer exists. Nothing was written.</source>
        <translation>O contêiner %1 não existe mais. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The engine could not export the container %1. Nothing was written.</source>
        <translation>O motor não conseguiu exportar o contêiner %1. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The engine could not load “%1”. Is it an image archive made by docker save or podman save? (A tar of files made by docker export is imported, not loaded.)</source>
        <translation>O motor não conseguiu carregar “%1”. É um arquivo de imagens feito por docker save ou podman save? (Um tar de arquivos feito por docker export é importado, não carregado.)</translation>
    </message>
    <message>
        <source>The connection to the engine ended while it read “%1”: nothing was loaded.</source>
        <translation>A conexão com o motor terminou enquanto ele lia “%1”: nada foi carregado.</translation>
    </message>
    <message>
        <source>The engine could not import “%1” as an image. It takes a tar of files (as docker export writes), plain or compressed.</source>
        <translation>O motor não conseguiu importar “%1” como imagem. Ele aceita um tar de arquivos (como o que docker export grava), simples ou compactado.</translation>
    </message>
    <message>
        <source>The connection to the engine ended while it read “%1”: nothing was imported.</source>
        <translation>A conexão com o motor terminou enquanto ele lia “%1”: nada foi importado.</translation>
    </message>
</context>
<context>
    <name>BuildContext</name>
    <message>
        <source>Reading the build context was canceled.</source>
        <translation>A leitura do contexto de build foi cancelada.</translation>
    </message>
    <message>
        <source>Cais cannot read the folder “%1” (%2), which is part of the build context. Make it readable, or exclude it in .dockerignore.</source>
        <translation>Não foi possível ler a pasta “%1” (%2), que faz parte do contexto de build. Torne-a legível ou exclua-a no .dockerignore.</translation>
    </message>
    <message>
        <source>Cais cannot read “%1” (%2), which is part of the build context. Make it readable, or exclude it in .dockerignore.</source>
        <translation>Não foi possível ler “%1” (%2), que faz parte do contexto de build. Torne-o legível ou exclua-o no .dockerignore.</translation>
    </message>
    <message>
        <source>Cais cannot read “%1” (%2), which would be sent to the engine with the build context. Make it readable, or exclude it in .dockerignore.</source>
        <translation>Não foi possível ler “%1” (%2), que seria enviado ao motor com o contexto de build. Torne-o legível ou exclua-o no .dockerignore.</translation>
    </message>
    <message>
        <source>Cais cannot read the symbolic link “%1” (%2). Fix it, or exclude it in .dockerignore.</source>
        <translation>Não foi possível ler o link simbólico “%1” (%2). Corrija-o ou exclua-o no .dockerignore.</translation>
    </message>
    <message>
        <source>The build context folder “%1” does not exist. Choose an existing folder.</source>
        <translation>A pasta do contexto de build “%1” não existe. Escolha uma pasta existente.</translation>
    </message>
    <message>
        <source>The build context “%1” is not a folder. Choose the folder that holds the files the Dockerfile uses.</source>
        <translation>O contexto de build “%1” não é uma pasta. Escolha a pasta com os arquivos que o Dockerfile usa.</translation>
    </message>
    <message>
        <source>Cais cannot find the Dockerfile “%1”. Choose an existing file.</source>
        <translation>Não foi possível encontrar o Dockerfile “%1”. Escolha um arquivo existente.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Dockerfile. Choose the Dockerfile itself.</source>
        <translation>“%1” é uma pasta, não um Dockerfile. Escolha o próprio Dockerfile.</translation>
    </message>
    <message>
        <source>Cais cannot read “%1” (%2). Make it readable to build from this folder.</source>
        <translation>Não foi possível ler “%1” (%2). Torne-o legível para fazer o build a partir desta pasta.</translation>
    </message>
    <message>
        <source>Cais cannot read the Dockerfile “%1” (%2).</source>
        <translation>Não foi possível ler o Dockerfile “%1” (%2).</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation>A cópia foi cancelada.</translation>
    </message>
    <message>
        <source>Cais cannot read the folder “%1” (%2). Make it readable to copy it.</source>
        <translation>O Cais não consegue ler a pasta “%1” (%2). Torne-a legível para copiá-la.</translation>
    </message>
    <message>
        <source>Cais cannot read “%1” (%2). Make it readable to copy it.</source>
        <translation>O Cais não consegue ler “%1” (%2). Torne-o legível para copiá-lo.</translation>
    </message>
    <message>
        <source>Cais cannot read the symbolic link “%1” (%2).</source>
        <translation>O Cais não consegue ler o link simbólico “%1” (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be copied (%2).</source>
        <translation>“%1” não pode ser copiado (%2).</translation>
    </message>
</context>
<context>
    <name>BuildContextStream</name>
    <message>
        <source>A build context can only be read.</source>
        <translation>Um contexto de build só pode ser lido.</translation>
    </message>
    <message>
        <source>A build context stream can be read only once.</source>
        <translation>Um fluxo de contexto de build só pode ser lido uma vez.</translation>
    </message>
    <message>
        <source>Cais could not start writing the build context (out of memory).</source>
        <translation>Não foi possível começar a escrever o contexto de build (memória insuficiente).</translation>
    </message>
    <message>
        <source>Cais could not start writing the build context: %1</source>
        <translation>Não foi possível começar a escrever o contexto de build: %1</translation>
    </message>
    <message>
        <source>Cais could not write the build context (out of memory).</source>
        <translation>Não foi possível escrever o contexto de build (memória insuficiente).</translation>
    </message>
    <message>
        <source>“%1” is no longer a regular file; it changed while the build context was being sent. Build again.</source>
        <translation>“%1” não é mais um arquivo comum; ele mudou enquanto o contexto de build era enviado. Faça o build de novo.</translation>
    </message>
    <message>
        <source>Cais could not read “%1” to send it to the engine (%2). Check that it still exists and is readable, or exclude it in .dockerignore.</source>
        <translation>Não foi possível ler “%1” para enviá-lo ao motor (%2). Confira se ele ainda existe e pode ser lido, ou exclua-o no .dockerignore.</translation>
    </message>
    <message>
        <source>Cais could not add “%1” to the build context: %2</source>
        <translation>Não foi possível adicionar “%1” ao contexto de build: %2</translation>
    </message>
    <message>
        <source>Cais could not read “%1” to send it to the engine (%2).</source>
        <translation>Não foi possível ler “%1” para enviá-lo ao motor (%2).</translation>
    </message>
    <message>
        <source>“%1” got shorter while the build context was being sent. Build again once it stops changing.</source>
        <translation>“%1” ficou menor enquanto o contexto de build era enviado. Faça o build de novo quando ele parar de mudar.</translation>
    </message>
    <message>
        <source>Cais could not finish the build context: %1</source>
        <translation>Não foi possível concluir o contexto de build: %1</translation>
    </message>
    <message>
        <source>“%1” changed while it was being copied. Copy again once it stops changing.</source>
        <translation>“%1” mudou enquanto era copiado. Copie de novo quando ele parar de mudar.</translation>
    </message>
    <message>
        <source>Cais could not read “%1” to copy it (%2). Check that it still exists and is readable.</source>
        <translation>O Cais não conseguiu ler “%1” para copiá-lo (%2). Confira se ele ainda existe e se pode ser lido.</translation>
    </message>
</context>
<context>
    <name>BuildKit</name>
    <message>
        <source>BuildKit builds need the docker command with its buildx plugin, and “docker buildx” is not installed here. Install the docker-buildx plugin (the docker-buildx or docker-buildx-plugin package), or use the classic builder.</source>
        <translation>Builds com BuildKit precisam do comando docker com o plugin buildx, e o “docker buildx” não está instalado aqui. Instale o plugin docker-buildx (o pacote docker-buildx ou docker-buildx-plugin) ou use o builder clássico.</translation>
    </message>
</context>
<context>
    <name>BuildOperation</name>
    <message>
        <source>Choose the build context: the folder whose files the build can copy into the image.</source>
        <translation>Escolha o contexto de build: a pasta cujos arquivos o build pode copiar para a imagem.</translation>
    </message>
    <message>
        <source>The build context folder “%1” does not exist.</source>
        <translation>A pasta do contexto de build “%1” não existe.</translation>
    </message>
    <message>
        <source>The build context “%1” is not a folder.</source>
        <translation>O contexto de build “%1” não é uma pasta.</translation>
    </message>
    <message>
        <source>The tag “%1” is not valid: %2</source>
        <translation>A tag “%1” não é válida: %2</translation>
    </message>
    <message>
        <source>A build argument has no name.</source>
        <translation>Um argumento de build não tem nome.</translation>
    </message>
    <message>
        <source>The build argument name “%1” may not contain “=” or spaces.</source>
        <translation>O nome do argumento de build “%1” não pode conter “=” nem espaços.</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>Uma label não tem nome.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>The build was canceled.</source>
        <translation>O build foi cancelado.</translation>
    </message>
    <message>
        <source>There is no stage named “%1” in the Dockerfile. Stages are named with FROM image AS name.</source>
        <translation>Não há nenhum estágio chamado “%1” no Dockerfile. Os estágios são nomeados com FROM imagem AS nome.</translation>
    </message>
    <message>
        <source>Could not start writing the build context.</source>
        <translation>Não foi possível começar a gravar o contexto de build.</translation>
    </message>
    <message>
        <source>The engine ended the build without naming the image it made.</source>
        <translation>O motor terminou o build sem informar o nome da imagem criada.</translation>
    </message>
    <message>
        <source>The Dockerfile has an error on line %1: %2</source>
        <translation>O Dockerfile tem um erro na linha %1: %2</translation>
    </message>
    <message>
        <source>The base image “%1” is not on this engine, and it could not be downloaded because no registry can be reached. Build or load the base image on this engine first, or use a base image it already has.</source>
        <translation>A imagem base “%1” não está neste motor e não foi possível baixá-la porque nenhum registro está acessível. Faça o build ou carregue a imagem base neste motor primeiro, ou use uma imagem base que ele já tenha.</translation>
    </message>
    <message>
        <source>The base image “%1” is not on this engine, and the registry does not have it (or asks for a login). Check the image name and tag.</source>
        <translation>A imagem base “%1” não está neste motor, e o registro não a tem (ou exige login). Verifique o nome e a tag da imagem.</translation>
    </message>
    <message>
        <source>An image this build needs could not be downloaded: no registry can be reached.</source>
        <translation>Não foi possível baixar uma imagem necessária para este build: nenhum registro está acessível.</translation>
    </message>
    <message>
        <source>The command on line %1 failed with exit code %2.</source>
        <translation>O comando na linha %1 falhou com o código de saída %2.</translation>
    </message>
    <message>
        <source>A build command failed with exit code %1.</source>
        <translation>Um comando do build falhou com o código de saída %1.</translation>
    </message>
    <message>
        <source>A file that line %1 copies is not in the build context, or .dockerignore excludes it.</source>
        <translation>Um arquivo que a linha %1 copia não está no contexto de build, ou o .dockerignore o exclui.</translation>
    </message>
    <message>
        <source>A file to copy is not in the build context, or .dockerignore excludes it.</source>
        <translation>Um arquivo a copiar não está no contexto de build, ou o .dockerignore o exclui.</translation>
    </message>
    <message>
        <source>The engine did not find the Dockerfile in the build context.</source>
        <translation>O motor não encontrou o Dockerfile no contexto de build.</translation>
    </message>
    <message>
        <source>The Dockerfile uses an unknown instruction: %1</source>
        <translation>O Dockerfile usa uma instrução desconhecida: %1</translation>
    </message>
    <message>
        <source>The build failed without an explanation from the engine.</source>
        <translation>O build falhou sem uma explicação do motor.</translation>
    </message>
    <message>
        <source>The build failed at line %1.</source>
        <translation>O build falhou na linha %1.</translation>
    </message>
    <message>
        <source>The build failed.</source>
        <translation>O build falhou.</translation>
    </message>
    <message>
        <source>The network name “%1” may not contain spaces.</source>
        <translation>O nome de rede “%1” não pode conter espaços.</translation>
    </message>
    <message>
        <source>Podman has no BuildKit: its builds use its own builder. Choose the classic builder to build on Podman.</source>
        <translation>O Podman não tem BuildKit: os builds dele usam o builder próprio. Escolha o builder clássico para fazer build no Podman.</translation>
    </message>
    <message>
        <source>The command on line %1 could not start: the engine has no network bridge. Choose the network “none” (or “host”) for the build.</source>
        <translation>O comando na linha %1 não pôde iniciar: o motor não tem rede bridge. Escolha a rede “none” (ou “host”) para o build.</translation>
    </message>
    <message>
        <source>A build command could not start: the engine has no network bridge. Choose the network “none” (or “host”) for the build.</source>
        <translation>Um comando do build não pôde iniciar: o motor não tem rede bridge. Escolha a rede “none” (ou “host”) para o build.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the build: %1</source>
        <translation>Não foi possível criar uma pasta temporária para o build: %1</translation>
    </message>
    <message>
        <source>docker buildx ended the build without naming the image it made.</source>
        <translation>O docker buildx terminou o build sem informar a imagem que criou.</translation>
    </message>
    <message>
        <source>docker buildx stopped unexpectedly.</source>
        <translation>O docker buildx parou inesperadamente.</translation>
    </message>
    <message>
        <source>docker buildx failed with exit code %1.</source>
        <translation>O docker buildx falhou com o código de saída %1.</translation>
    </message>
</context>
<context>
    <name>BuildPage</name>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 não existe mais.</translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation>Abrir Dockerfile</translation>
    </message>
    <message>
        <source>Could not open the Dockerfile</source>
        <translation>Não foi possível abrir o Dockerfile</translation>
    </message>
</context>
<context>
    <name>BuildPanel</name>
    <message>
        <source>Context check</source>
        <translation>Verificação do contexto</translation>
    </message>
    <message>
        <source>No cache</source>
        <translation>Sem cache</translation>
    </message>
    <message>
        <source>Pull base images</source>
        <translation>Baixar imagens base</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>Argumentos de build</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Executar…</translation>
    </message>
    <message>
        <source>Build context folder</source>
        <translation>Pasta do contexto de build</translation>
    </message>
    <message>
        <source>The folder whose files the build can copy</source>
        <translation>A pasta cujos arquivos o build pode copiar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose the build context folder</source>
        <translation>Escolher a pasta do contexto de build</translation>
    </message>
    <message>
        <source>Build Context</source>
        <translation>Contexto de build</translation>
    </message>
    <message>
        <source>Dockerfile path</source>
        <translation>Caminho do Dockerfile</translation>
    </message>
    <message>
        <source>Dockerfile in the context folder</source>
        <translation>Dockerfile na pasta do contexto</translation>
    </message>
    <message>
        <source>Choose the Dockerfile</source>
        <translation>Escolher o Dockerfile</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>The Dockerfile is outside the context: it is sent along with it under a generated name.</source>
        <translation>O Dockerfile está fora do contexto: ele é enviado junto com o contexto sob um nome gerado.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>name:tag, another-name:tag</source>
        <translation>nome:tag, outro-nome:tag</translation>
    </message>
    <message>
        <source>One or more names for the image (docker build -t), separated by commas or spaces</source>
        <translation>Um ou mais nomes para a imagem (docker build -t), separados por vírgulas ou espaços</translation>
    </message>
    <message>
        <source>Tag check</source>
        <translation>Verificação das tags</translation>
    </message>
    <message>
        <source>Target stage</source>
        <translation>Estágio-alvo</translation>
    </message>
    <message>
        <source>Build only up to this stage (docker build --target)</source>
        <translation>Fazer o build só até este estágio (docker build --target)</translation>
    </message>
    <message>
        <source>Last stage</source>
        <translation>Último estágio</translation>
    </message>
    <message>
        <source>Build without the cache</source>
        <translation>Fazer o build sem o cache</translation>
    </message>
    <message>
        <source>Run every instruction again instead of reusing cached layers (--no-cache)</source>
        <translation>Executar todas as instruções de novo em vez de reaproveitar camadas em cache (--no-cache)</translation>
    </message>
    <message>
        <source>Always try to download a newer version of the base images (--pull)</source>
        <translation>Sempre tentar baixar uma versão mais nova das imagens base (--pull)</translation>
    </message>
    <message>
        <source>Build arguments and labels</source>
        <translation>Argumentos de build e labels</translation>
    </message>
    <message>
        <source>Add argument</source>
        <translation>Adicionar argumento</translation>
    </message>
    <message>
        <source>Remove argument</source>
        <translation>Remover argumento</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Adicionar label</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Remover label</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>&amp;Dockerfile:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>Estágio-&amp;alvo:</translation>
    </message>
    <message>
        <source>Build context size</source>
        <translation>Tamanho do contexto de build</translation>
    </message>
    <message>
        <source>Build the image</source>
        <translation>Fazer o build da imagem</translation>
    </message>
    <message>
        <source>Cancel the build</source>
        <translation>Cancelar o build</translation>
    </message>
    <message>
        <source>Run the built image</source>
        <translation>Executar a imagem gerada</translation>
    </message>
    <message>
        <source>Create and start a container from the image just built</source>
        <translation>Criar e iniciar um contêiner a partir da imagem recém-gerada</translation>
    </message>
    <message>
        <source>Build status</source>
        <translation>Status do build</translation>
    </message>
    <message>
        <source>Build error</source>
        <translation>Erro do build</translation>
    </message>
    <message>
        <source>Build steps</source>
        <translation>Etapas do build</translation>
    </message>
    <message>
        <source>Search the raw log</source>
        <translation>Pesquisar no log bruto</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match in the raw log</source>
        <translation>Ocorrência anterior no log bruto</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Next match in the raw log</source>
        <translation>Próxima ocorrência no log bruto</translation>
    </message>
    <message>
        <source>Raw build log</source>
        <translation>Log bruto do build</translation>
    </message>
    <message>
        <source>Build output</source>
        <translation>Saída do build</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Raw log</source>
        <translation>Log bruto</translation>
    </message>
    <message>
        <source>Choose a context folder</source>
        <translation>Escolha uma pasta de contexto</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a tag: %2</source>
        <translation>“%1” não pode ser usado como tag: %2</translation>
    </message>
    <message>
        <source>Without a tag the image gets only an ID.</source>
        <translation>Sem tag, a imagem recebe apenas um ID.</translation>
    </message>
    <message>
        <source>The image will be tagged %1.</source>
        <translation>A imagem receberá a tag %1.</translation>
    </message>
    <message>
        <source>Not connected to an engine</source>
        <translation>Sem conexão com um motor</translation>
    </message>
    <message>
        <source>Build the image (docker build)</source>
        <translation>Fazer o build da imagem (docker build)</translation>
    </message>
    <message>
        <source>Measuring the context…</source>
        <translation>Medindo o contexto…</translation>
    </message>
    <message numerus="yes">
        <source>Context: %n file(s), %1</source>
        <translation>
            <numerusform>Contexto: %n arquivo, %1</numerusform>
            <numerusform>Contexto: %n arquivos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No .dockerignore rules</source>
        <translation>Nenhuma regra no .dockerignore</translation>
    </message>
    <message>
        <source>.dockerignore rules: %1</source>
        <translation>Regras do .dockerignore: %1</translation>
    </message>
    <message>
        <source>The engine said: %1</source>
        <translation>O motor respondeu: %1</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sem conexão com um motor.</translation>
    </message>
    <message>
        <source>Reading the build context…</source>
        <translation>Lendo o contexto de build…</translation>
    </message>
    <message>
        <source>Sending %1 of context and building…</source>
        <translation>Enviando %1 de contexto e fazendo o build…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <source>Built %1%2 in %3: %4 cached, %5 rebuilt.</source>
        <translation>Build de %1%2 concluído em %3: %4 em cache, %5 refeitas.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The build was canceled.</source>
        <translation>O build foi cancelado.</translation>
    </message>
    <message>
        <source>The build failed at line %1 of the Dockerfile.</source>
        <translation>O build falhou na linha %1 do Dockerfile.</translation>
    </message>
    <message>
        <source>The build failed.</source>
        <translation>O build falhou.</translation>
    </message>
    <message>
        <source>No line holds “%1”</source>
        <translation>Nenhuma linha contém “%1”</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>Builder</translation>
    </message>
    <message>
        <source>Classic builder</source>
        <translation>Builder clássico</translation>
    </message>
    <message>
        <source>The engine&apos;s classic builder (POST /build), which Docker and Podman both have</source>
        <translation>O builder clássico do motor (POST /build), que o Docker e o Podman têm</translation>
    </message>
    <message>
        <source>BuildKit</source>
        <translation>BuildKit</translation>
    </message>
    <message>
        <source>Looking for docker buildx…</source>
        <translation>Procurando o docker buildx…</translation>
    </message>
    <message>
        <source>Network of RUN steps</source>
        <translation>Rede das etapas RUN</translation>
    </message>
    <message>
        <source>The network the RUN instructions get (docker build --network)</source>
        <translation>A rede que as instruções RUN recebem (docker build --network)</translation>
    </message>
    <message>
        <source>Default network</source>
        <translation>Rede padrão</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Sem rede</translation>
    </message>
    <message>
        <source>Host network</source>
        <translation>Rede do host</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <source>B&amp;uilder:</source>
        <translation>B&amp;uilder:</translation>
    </message>
    <message>
        <source>BuildKit needs a Docker engine; Podman builds with the classic builder.</source>
        <translation>O BuildKit precisa de um motor Docker; o Podman faz build com o builder clássico.</translation>
    </message>
    <message>
        <source>BuildKit (docker buildx %1)</source>
        <translation>BuildKit (docker buildx %1)</translation>
    </message>
    <message>
        <source>BuildKit (not available)</source>
        <translation>BuildKit (indisponível)</translation>
    </message>
    <message>
        <source>Builds with BuildKit, through docker buildx build</source>
        <translation>Faz o build com o BuildKit, pelo docker buildx build</translation>
    </message>
    <message>
        <source>Recent Context Folders</source>
        <translation>Pastas de Contexto Recentes</translation>
    </message>
    <message>
        <source>Recent context folders</source>
        <translation>Pastas de contexto recentes</translation>
    </message>
    <message>
        <source>No folder built yet</source>
        <translation>Nenhuma pasta construída ainda</translation>
    </message>
</context>
<context>
    <name>BuildStepsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Em cache</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Refeito</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Imagem base</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier line(s) hidden: see the raw log for all of them</source>
        <translation>
            <numerusform>%n linha anterior oculta: veja o log bruto para ver todas</numerusform>
            <numerusform>%n linhas anteriores ocultas: veja o log bruto para ver todas</numerusform>
        </translation>
    </message>
    <message>
        <source>Before the first step</source>
        <translation>Antes da primeira etapa</translation>
    </message>
    <message>
        <source>Step %1/%2: %3</source>
        <translation>Etapa %1/%2: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3, %4</source>
        <translation>Etapa %1 de %2, %3, %4</translation>
    </message>
    <message>
        <source>What the engine printed before the first step</source>
        <translation>O que o motor exibiu antes da primeira etapa</translation>
    </message>
    <message>
        <source>Dockerfile line %1</source>
        <translation>Linha %1 do Dockerfile</translation>
    </message>
    <message>
        <source>Not a line of the Dockerfile (added by the build options)</source>
        <translation>Não é uma linha do Dockerfile (adicionada pelas opções de build)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Camada %1</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>Tamanho %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of output</source>
        <translation>
            <numerusform>%n linha de saída</numerusform>
            <numerusform>%n linhas de saída</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Layer size</source>
        <translation>Tamanho da camada</translation>
    </message>
</context>
<context>
    <name>BuildStreamParser</name>
    <message>
        <source>The build failed without saying why.</source>
        <translation>O build falhou sem dizer o motivo.</translation>
    </message>
</context>
<context>
    <name>ChangesField</name>
    <message>
        <source>Changes to the image&apos;s configuration</source>
        <translation>Alterações na configuração da imagem</translation>
    </message>
    <message>
        <source>One instruction per line, as in a Dockerfile:
CMD [&quot;/app/server&quot;, &quot;--port&quot;, &quot;8080&quot;]
ENV MODE=production
EXPOSE 8080/tcp</source>
        <translation>Uma instrução por linha, como em um Dockerfile:
CMD [&quot;/app/server&quot;, &quot;--port&quot;, &quot;8080&quot;]
ENV MODE=production
EXPOSE 8080/tcp</translation>
    </message>
    <message>
        <source>Changes check</source>
        <translation>Verificação das alterações</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add an example of an instruction, to edit</source>
        <translation>Adicionar um exemplo de instrução, para editar</translation>
    </message>
    <message>
        <source>Add an instruction</source>
        <translation>Adicionar uma instrução</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>the command it runs</source>
        <translation>o comando que ela executa</translation>
    </message>
    <message>
        <source>the program it starts</source>
        <translation>o programa que ela inicia</translation>
    </message>
    <message>
        <source>an environment variable</source>
        <translation>uma variável de ambiente</translation>
    </message>
    <message>
        <source>a port it listens on</source>
        <translation>uma porta em que ela escuta</translation>
    </message>
    <message>
        <source>a label</source>
        <translation>um label</translation>
    </message>
    <message>
        <source>the working directory</source>
        <translation>o diretório de trabalho</translation>
    </message>
    <message>
        <source>the user it runs as</source>
        <translation>o usuário com que ela executa</translation>
    </message>
    <message>
        <source>a volume</source>
        <translation>um volume</translation>
    </message>
    <message>
        <source>the signal that stops it</source>
        <translation>o sinal que a para</translation>
    </message>
    <message>
        <source>a health check</source>
        <translation>uma verificação de saúde</translation>
    </message>
    <message>
        <source>an instruction for images built on it</source>
        <translation>uma instrução para imagens construídas sobre ela</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>No changes: the image keeps the configuration it would have.</source>
        <translation>Sem alterações: a imagem mantém a configuração que teria.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the configuration.</source>
        <translation>
            <numerusform>%n alteração na configuração.</numerusform>
            <numerusform>%n alterações na configuração.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Changes in the container&apos;s files</source>
        <translation>Alterações nos arquivos do contêiner</translation>
    </message>
    <message>
        <source>Filter the changed paths</source>
        <translation>Filtrar os caminhos alterados</translation>
    </message>
    <message>
        <source>Filter paths</source>
        <translation>Filtrar caminhos</translation>
    </message>
    <message>
        <source>Show the paths: %1</source>
        <translation>Mostrar os caminhos: %1</translation>
    </message>
    <message>
        <source>Compare the container with its image again</source>
        <translation>Comparar o contêiner com a imagem de novo</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Resumo das alterações</translation>
    </message>
    <message>
        <source>Changed paths</source>
        <translation>Caminhos alterados</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Adicionados (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Alterados (%1)</translation>
    </message>
    <message>
        <source>Deleted (%1)</source>
        <translation>Excluídos (%1)</translation>
    </message>
    <message>
        <source>No container selected</source>
        <translation>Nenhum contêiner selecionado</translation>
    </message>
    <message>
        <source>Comparing the container&apos;s files with its image…</source>
        <translation>Comparando os arquivos do contêiner com a imagem…</translation>
    </message>
    <message>
        <source>Nothing changed: the container&apos;s files are its image&apos;s.</source>
        <translation>Nada mudou: os arquivos do contêiner são os da imagem.</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) differ from the image (docker diff).</source>
        <translation>
            <numerusform>%n caminho difere da imagem (docker diff).</numerusform>
            <numerusform>%n caminhos diferem da imagem (docker diff).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Commit</translation>
    </message>
    <message>
        <source>Commit Container</source>
        <translation>Commit do contêiner</translation>
    </message>
    <message>
        <source>Commit a container to an image</source>
        <translation>Fazer commit de um contêiner em uma imagem</translation>
    </message>
    <message>
        <source>Reading the container %1…</source>
        <translation>Lendo o contêiner %1…</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>e.g. Ana Souza &lt;ana@example.com&gt; (optional)</source>
        <translation>p. ex. Ana Souza &lt;ana@example.com&gt; (opcional)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>What this image is (optional)</source>
        <translation>O que é esta imagem (opcional)</translation>
    </message>
    <message>
        <source>&amp;Pause the container while its files are read</source>
        <translation>&amp;Pausar o contêiner enquanto os arquivos dele são lidos</translation>
    </message>
    <message>
        <source>Recommended: a program that writes meanwhile could otherwise leave a file half-written in the image. The container goes on once the image is made.</source>
        <translation>Recomendado: do contrário, um programa que grave nesse meio-tempo pode deixar um arquivo gravado pela metade na imagem. O contêiner continua assim que a imagem fica pronta.</translation>
    </message>
    <message>
        <source>Pause the container during the commit</source>
        <translation>Pausar o contêiner durante o commit</translation>
    </message>
    <message>
        <source>Commit status</source>
        <translation>Situação do commit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>A&amp;lterações:</translation>
    </message>
    <message>
        <source>Make an image of the container %1 (%2, made from %3): its files, with what changed in it, and its configuration. Volumes are not part of it.</source>
        <translation>Criar uma imagem do contêiner %1 (%2, criado a partir de %3): os arquivos dele, com o que mudou nele, e a configuração. Os volumes não fazem parte dela.</translation>
    </message>
    <message>
        <source>Only a running container is paused.</source>
        <translation>Só um contêiner em execução é pausado.</translation>
    </message>
    <message>
        <source>Committing %1…</source>
        <translation>Fazendo commit de %1…</translation>
    </message>
    <message>
        <source>Committed %1 as the image %2 (no name).</source>
        <translation>Commit de %1 feito como a imagem %2 (sem nome).</translation>
    </message>
    <message>
        <source>Committed %1 as %2 (%3).</source>
        <translation>Commit de %1 feito como %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ComposeCommand</name>
    <message>
        <source>The docker command is not installed. Install the docker CLI and its Compose plugin, which Cais runs for Compose files.</source>
        <translation>O comando docker não está instalado. Instale a CLI do docker e o plugin Compose, que o Cais executa para arquivos Compose.</translation>
    </message>
    <message>
        <source>The docker command could not be started: %1</source>
        <translation>Não foi possível iniciar o comando docker: %1</translation>
    </message>
    <message>
        <source>docker compose %1 was canceled.</source>
        <translation>O docker compose %1 foi cancelado.</translation>
    </message>
    <message>
        <source>docker compose stopped unexpectedly.</source>
        <translation>O docker compose parou inesperadamente.</translation>
    </message>
</context>
<context>
    <name>ComposeError</name>
    <message>
        <source>docker compose is not installed. Install the Compose plugin (the docker-compose-plugin or docker-compose package), which Cais runs for Compose files.</source>
        <translation>O docker compose não está instalado. Instale o plugin Compose (o pacote docker-compose-plugin ou docker-compose), que o Cais executa para arquivos Compose.</translation>
    </message>
    <message>
        <source>docker compose could not reach the engine. Check that the engine runs, then try again.</source>
        <translation>O docker compose não conseguiu falar com o motor. Confira se o motor está rodando e tente de novo.</translation>
    </message>
    <message>
        <source>Line %1: the service &quot;%2&quot; has a setting Compose does not know: &quot;%3&quot;. Check its spelling.</source>
        <translation>Linha %1: o serviço &quot;%2&quot; tem uma configuração que o Compose não conhece: &quot;%3&quot;. Confira a grafia.</translation>
    </message>
    <message>
        <source>Line %1: the service &quot;%2&quot; is not valid: %3</source>
        <translation>Linha %1: o serviço &quot;%2&quot; não é válido: %3</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid YAML: %2</source>
        <translation>Linha %1: o arquivo não é um YAML válido: %2</translation>
    </message>
    <message>
        <source>Line %1: the service &quot;%2&quot; depends on &quot;%3&quot;, which the file does not define.</source>
        <translation>Linha %1: o serviço &quot;%2&quot; depende de &quot;%3&quot;, que o arquivo não define.</translation>
    </message>
    <message>
        <source>Line %1: a port is not valid: &quot;%2&quot;. A port is a number from 1 to 65535, like 8080:80.</source>
        <translation>Linha %1: uma porta não é válida: &quot;%2&quot;. Uma porta é um número de 1 a 65535, como 8080:80.</translation>
    </message>
    <message>
        <source>A port is not valid: &quot;%1&quot;. A port is a number from 1 to 65535, like 8080:80.</source>
        <translation>Uma porta não é válida: &quot;%1&quot;. Uma porta é um número de 1 a 65535, como 8080:80.</translation>
    </message>
    <message>
        <source>Line %1: the build folder %2 does not exist.</source>
        <translation>Linha %1: a pasta de build %2 não existe.</translation>
    </message>
    <message>
        <source>The build folder %1 does not exist.</source>
        <translation>A pasta de build %1 não existe.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>An image could not be pulled: %1</source>
        <translation>Não foi possível baixar uma imagem: %1</translation>
    </message>
    <message>
        <source>docker compose failed (exit code %1): %2</source>
        <translation>O docker compose falhou (código de saída %1): %2</translation>
    </message>
    <message>
        <source>docker compose failed with exit code %1.</source>
        <translation>O docker compose falhou com o código de saída %1.</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a Compose file (compose.yaml or docker-compose.yml)</source>
        <translation>Abrir um arquivo Compose (compose.yaml ou docker-compose.yml)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>Read the file and its services again (docker compose config)</source>
        <translation>Ler de novo o arquivo e seus serviços (docker compose config)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Create and start the project&apos;s containers (docker compose up -d)</source>
        <translation>Criar e iniciar os contêineres do projeto (docker compose up -d)</translation>
    </message>
    <message>
        <source>&amp;Down…</source>
        <translation>&amp;Derrubar…</translation>
    </message>
    <message>
        <source>Stop and remove the project&apos;s containers and networks (docker compose down), after saying what goes</source>
        <translation>Parar e remover os contêineres e as redes do projeto (docker compose down), depois de dizer o que será removido</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Restart the project&apos;s containers (docker compose restart)</source>
        <translation>Reiniciar os contêineres do projeto (docker compose restart)</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Pull the images of the project&apos;s services (docker compose pull)</source>
        <translation>Baixar as imagens dos serviços do projeto (docker compose pull)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <source>Show the logs of every container of the project, merged in time order (docker compose logs)</source>
        <translation>Mostrar os logs de todos os contêineres do projeto, intercalados em ordem de tempo (docker compose logs)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the running docker compose command</source>
        <translation>Interromper o comando docker compose em execução</translation>
    </message>
    <message>
        <source>Compose actions</source>
        <translation>Ações do Compose</translation>
    </message>
    <message>
        <source>Compose project</source>
        <translation>Projeto Compose</translation>
    </message>
    <message>
        <source>Compose status</source>
        <translation>Situação do Compose</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Output of the selected service</source>
        <translation>Saída do serviço selecionado</translation>
    </message>
    <message>
        <source>The output of docker compose appears here, filed by service.</source>
        <translation>A saída do docker compose aparece aqui, separada por serviço.</translation>
    </message>
    <message>
        <source>Logs of the project</source>
        <translation>Logs do projeto</translation>
    </message>
    <message>
        <source>Logs shows the logs of every container of the project, merged in time order.</source>
        <translation>Logs mostra os logs de todos os contêineres do projeto, intercalados em ordem de tempo.</translation>
    </message>
    <message>
        <source>Compose file</source>
        <translation>Arquivo Compose</translation>
    </message>
    <message>
        <source>Open a compose.yaml or docker-compose.yml (File &gt; Open Compose File…).</source>
        <translation>Abra um compose.yaml ou docker-compose.yml (Arquivo &gt; Abrir arquivo Compose…).</translation>
    </message>
    <message>
        <source>Compose views</source>
        <translation>Visões do Compose</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>No Compose file is open.</source>
        <translation>Nenhum arquivo Compose está aberto.</translation>
    </message>
    <message>
        <source>Open Compose File</source>
        <translation>Abrir arquivo Compose</translation>
    </message>
    <message>
        <source>Compose files (compose.yaml compose.yml docker-compose.yaml docker-compose.yml *.yaml *.yml);;All files (*)</source>
        <translation>Arquivos Compose (compose.yaml compose.yml docker-compose.yaml docker-compose.yml *.yaml *.yml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>docker compose is still running: wait for it to end, or cancel it, then open the project again.</source>
        <translation>O docker compose ainda está rodando: espere ele terminar, ou cancele, e abra o projeto de novo.</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>Projeto %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Down stops and removes the containers of project %1 (services: %2)</source>
        <translation>Derrubar para e remove os contêineres do projeto %1 (serviços: %2)</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>nenhum conhecido</translation>
    </message>
    <message>
        <source>, and its networks: %1</source>
        <translation>, e suas redes: %1</translation>
    </message>
    <message>
        <source>The anonymous volumes of its containers are removed too.</source>
        <translation>Os volumes anônimos dos seus contêineres também são removidos.</translation>
    </message>
    <message>
        <source>Its volumes are removed too, with their data: %1.</source>
        <translation>Seus volumes também são removidos, com os dados: %1.</translation>
    </message>
    <message>
        <source>Volumes are kept.</source>
        <translation>Os volumes são mantidos.</translation>
    </message>
    <message>
        <source>Down Project</source>
        <translation>Derrubar o projeto</translation>
    </message>
    <message>
        <source>Down project</source>
        <translation>Derrubar o projeto</translation>
    </message>
    <message>
        <source>What Down removes</source>
        <translation>O que Derrubar remove</translation>
    </message>
    <message>
        <source>Also remove &amp;volumes</source>
        <translation>Remover também os &amp;volumes</translation>
    </message>
    <message>
        <source>Also remove volumes</source>
        <translation>Remover também os volumes</translation>
    </message>
    <message>
        <source>docker compose down -v: the named volumes of the file and the anonymous volumes of its containers, with their data</source>
        <translation>docker compose down -v: os volumes nomeados do arquivo e os volumes anônimos dos seus contêineres, com os dados</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Derrubar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Derrubar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cais is not connected to an engine: docker compose needs one.</source>
        <translation>O Cais não está conectado a um motor: o docker compose precisa de um.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Bringing %1 up…</source>
        <translation>Subindo %1…</translation>
    </message>
    <message>
        <source>Taking %1 down…</source>
        <translation>Derrubando %1…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Reiniciando %1…</translation>
    </message>
    <message>
        <source>Pulling the images of %1…</source>
        <translation>Baixando as imagens de %1…</translation>
    </message>
    <message>
        <source>Reading the logs of %1…</source>
        <translation>Lendo os logs de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in %1.</source>
        <translation>
            <numerusform>%n serviço em %1.</numerusform>
            <numerusform>%n serviços em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of logs, merged in time order across the project&apos;s containers.</source>
        <translation>
            <numerusform>%n linha de logs, intercaladas em ordem de tempo entre os contêineres do projeto.</numerusform>
            <numerusform>%n linhas de logs, intercaladas em ordem de tempo entre os contêineres do projeto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is up.</source>
        <translation>%1 está no ar.</translation>
    </message>
    <message>
        <source>%1 is down: its containers and networks are removed.</source>
        <translation>%1 foi derrubado: seus contêineres e redes foram removidos.</translation>
    </message>
    <message>
        <source>%1 restarted.</source>
        <translation>%1 foi reiniciado.</translation>
    </message>
    <message>
        <source>The images of %1 are pulled.</source>
        <translation>As imagens de %1 foram baixadas.</translation>
    </message>
</context>
<context>
    <name>ComposeProject</name>
    <message>
        <source>docker compose config printed something that is not JSON: %1</source>
        <translation>O docker compose config imprimiu algo que não é JSON: %1</translation>
    </message>
</context>
<context>
    <name>ComposeServicesModel</name>
    <message>
        <source>built from %1</source>
        <translation>construída a partir de %1</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Criando</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Parando</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Removendo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <source>Recreating</source>
        <translation>Recriando</translation>
    </message>
    <message>
        <source>Recreated</source>
        <translation>Recriado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saudável</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Baixado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos os serviços</translation>
    </message>
    <message numerus="yes">
        <source>Every line of output, %n line(s)</source>
        <translation>
            <numerusform>Todas as linhas de saída, %n linha</numerusform>
            <numerusform>Todas as linhas de saída, %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) of output</source>
        <translation>
            <numerusform>%1: %n linha de saída</numerusform>
            <numerusform>%1: %n linhas de saída</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>What the action affects</source>
        <translation>O que a ação afeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabalhando…</translation>
    </message>
</context>
<context>
    <name>ConnectNetworkDialog</name>
    <message>
        <source>Connect a Container to %1</source>
        <translation>Conectar um contêiner a %1</translation>
    </message>
    <message>
        <source>Connect a container to %1</source>
        <translation>Conectar um contêiner a %1</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <source>Name or ID of a container</source>
        <translation>Nome ou ID de um contêiner</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Other names on this network, separated by commas</source>
        <translation>Outros nomes nesta rede, separados por vírgulas</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>Endereço IPv4</translation>
    </message>
    <message>
        <source>Empty: the next free address</source>
        <translation>Vazio: o próximo endereço livre</translation>
    </message>
    <message>
        <source>Empty: the next free address in %1</source>
        <translation>Vazio: o próximo endereço livre em %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Contêiner:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Apelidos:</translation>
    </message>
    <message>
        <source>&amp;IPv4 address:</source>
        <translation>Endereço &amp;IPv4:</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>“%1” não é um endereço IPv4.</translation>
    </message>
    <message>
        <source>%1 is not in the network&apos;s subnet (%2).</source>
        <translation>%1 não está na sub-rede da rede (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Edit Engine</source>
        <translation>Editar motor</translation>
    </message>
    <message>
        <source>Add Engine</source>
        <translation>Adicionar motor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>build-server</source>
        <translation>servidor-de-build</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>As DOCKER_HOST: unix:///run/user/1000/podman/podman.sock, tcp://host:2376, ssh://user@host</source>
        <translation>Como DOCKER_HOST: unix:///run/user/1000/podman/podman.sock, tcp://host:2376, ssh://usuario@host</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado da &amp;CA:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Arquivo do certificado da CA</translation>
    </message>
    <message>
        <source>C&amp;lient certificate:</source>
        <translation>Certificado do c&amp;liente:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Arquivo do certificado do cliente</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Chave do cliente:</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Arquivo da chave do cliente</translation>
    </message>
    <message>
        <source>Do not check the engine&apos;s certificate (insecure)</source>
        <translation>Não verificar o certificado do motor (inseguro)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save the engine</source>
        <translation>Salvar o motor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>for TLS over tcp://</source>
        <translation>para TLS sobre tcp://</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Escolher o %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.crt *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Give the engine a name.</source>
        <translation>Dê um nome ao motor.</translation>
    </message>
    <message>
        <source>An engine is already named &quot;%1&quot;.</source>
        <translation>Já existe um motor chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the engine&apos;s address.</source>
        <translation>Digite o endereço do motor.</translation>
    </message>
</context>
<context>
    <name>ContainerBatch</name>
    <message>
        <source>The engine %1 is no longer in use.</source>
        <translation>O motor %1 não está mais em uso.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s): done.</source>
        <translation>
            <numerusform>%n contêiner: concluído.</numerusform>
            <numerusform>%n contêineres: concluído.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s): all failed.</source>
        <translation>
            <numerusform>%n contêiner: falhou.</numerusform>
            <numerusform>%n contêineres: todos falharam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s) done, %2 failed.</source>
        <translation>
            <numerusform>%1 de %n contêiner concluído, %2 com falha.</numerusform>
            <numerusform>%1 de %n contêineres concluídos, %2 com falha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainerChangesModel</name>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>%1: %2 (docker diff: %3 %2)</source>
        <translation>%1: %2 (docker diff: %3 %2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
</context>
<context>
    <name>ContainerCommit</name>
    <message>
        <source>The container %1 no longer exists: it was removed meanwhile.</source>
        <translation>O contêiner %1 não existe mais: foi removido nesse meio-tempo.</translation>
    </message>
    <message>
        <source>The engine refused a change for the image of %1. Check the changes.</source>
        <translation>O motor recusou uma alteração para a imagem de %1. Confira as alterações.</translation>
    </message>
    <message>
        <source>The engine could not commit the container %1.</source>
        <translation>O motor não conseguiu fazer commit do contêiner %1.</translation>
    </message>
    <message>
        <source>The engine committed the container but did not say which image it made.</source>
        <translation>O motor fez o commit do contêiner, mas não disse qual imagem criou.</translation>
    </message>
</context>
<context>
    <name>ContainerDragData</name>
    <message>
        <source>Cais could not create the folder “%1” to fetch the files into.</source>
        <translation>O Cais não pôde criar a pasta “%1” para buscar os arquivos.</translation>
    </message>
</context>
<context>
    <name>ContainerFiles</name>
    <message>
        <source>“%1” in the container may be incomplete: check it, or copy it again once the engine is back.</source>
        <translation>“%1” no contêiner pode estar incompleto: verifique-o, ou copie-o de novo quando o motor voltar.</translation>
    </message>
    <message>
        <source>“%1” cannot be copied by this name: the name has bytes that are not UTF-8, shown here as “%2”. Copy the folder that holds it (its files keep their names byte for byte), or rename it.</source>
        <translation>“%1” não pode ser copiado por este nome: o nome tem bytes que não são UTF-8, mostrados aqui como “%2”. Copie a pasta que o contém (seus arquivos mantêm os nomes byte a byte) ou renomeie-o.</translation>
    </message>
    <message>
        <source>The destination “%1” in the container is neither a folder nor a regular file. Choose a folder or a file.</source>
        <translation>O destino “%1” no contêiner não é nem uma pasta nem um arquivo comum. Escolha uma pasta ou um arquivo.</translation>
    </message>
    <message>
        <source>“%1” does not exist in the container. Check the path (names are case-sensitive).</source>
        <translation>“%1” não existe no contêiner. Confira o caminho (os nomes diferenciam maiúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>The symbolic link “%1” points at “%2”, which does not exist in the container.</source>
        <translation>O link simbólico “%1” aponta para “%2”, que não existe no contêiner.</translation>
    </message>
    <message>
        <source>The container is gone. Refresh the list of containers.</source>
        <translation>O contêiner não existe mais. Atualize a lista de contêineres.</translation>
    </message>
    <message>
        <source>“%1” does not exist in the container. Copying never creates missing folders: create it first.</source>
        <translation>“%1” não existe no contêiner. A cópia nunca cria pastas que faltam: crie-a antes.</translation>
    </message>
    <message>
        <source>“%1” in the container is not a folder, so nothing can be copied into it.</source>
        <translation>“%1” no contêiner não é uma pasta, então nada pode ser copiado para dentro dele.</translation>
    </message>
    <message>
        <source>A folder and a file of the same name would replace each other in “%1”; copying does not do that. Rename or remove one of them first.</source>
        <translation>Uma pasta e um arquivo com o mesmo nome substituiriam um ao outro em “%1”; a cópia não faz isso. Renomeie ou remova um deles antes.</translation>
    </message>
    <message>
        <source>The container does not allow writing to “%1” (a read-only file system or volume).</source>
        <translation>O contêiner não permite gravar em “%1” (um sistema de arquivos ou volume somente leitura).</translation>
    </message>
    <message>
        <source>The source container&apos;s archive cannot be read: %1</source>
        <translation>O arquivo tar do contêiner de origem não pode ser lido: %1</translation>
    </message>
    <message>
        <source>Cais could not start writing the archive: %1</source>
        <translation>O Cais não conseguiu começar a gravar o arquivo tar: %1</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation>A cópia foi cancelada.</translation>
    </message>
    <message>
        <source>The source container&apos;s archive is damaged or stopped early: %1</source>
        <translation>O arquivo tar do contêiner de origem está danificado ou terminou antes da hora: %1</translation>
    </message>
    <message>
        <source>Cais could not pass on “%1”: %2</source>
        <translation>O Cais não conseguiu repassar “%1”: %2</translation>
    </message>
    <message>
        <source>The source container&apos;s archive stopped early: %1</source>
        <translation>O arquivo tar do contêiner de origem terminou antes da hora: %1</translation>
    </message>
    <message>
        <source>Cais could not pass on the archive: %1</source>
        <translation>O Cais não conseguiu repassar o arquivo tar: %1</translation>
    </message>
    <message>
        <source>Cais could not finish the archive: %1</source>
        <translation>O Cais não conseguiu concluir o arquivo tar: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be used as destination (%2).</source>
        <translation>“%1” não pode ser usado como destino (%2).</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Copying never creates missing folders: create it first.</source>
        <translation>A pasta “%1” não existe. A cópia nunca cria pastas que faltam: crie-a antes.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>“%1” não é uma pasta.</translation>
    </message>
    <message>
        <source>Too many symbolic links in “%1”.</source>
        <translation>Links simbólicos demais em “%1”.</translation>
    </message>
    <message>
        <source>“%1” does not exist on this computer.</source>
        <translation>“%1” não existe neste computador.</translation>
    </message>
    <message>
        <source>The engine connection is gone.</source>
        <translation>A conexão com o engine caiu.</translation>
    </message>
    <message>
        <source>The container&apos;s archive cannot be read: %1</source>
        <translation>O arquivo tar do contêiner não pode ser lido: %1</translation>
    </message>
    <message>
        <source>The container&apos;s archive is damaged or stopped early: %1</source>
        <translation>O arquivo tar do contêiner está danificado ou terminou antes da hora: %1</translation>
    </message>
    <message>
        <source>The container&apos;s listing could not be read.</source>
        <translation>A listagem do contêiner não pôde ser lida.</translation>
    </message>
    <message>
        <source>The container does not let Cais read this entry.</source>
        <translation>O contêiner não deixa o Cais ler este item.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be opened in the container (it does not exist, is not a folder, or is not readable).</source>
        <translation>A pasta “%1” não pode ser aberta no contêiner (ela não existe, não é uma pasta ou não pode ser lida).</translation>
    </message>
    <message>
        <source>The copy was canceled; the incomplete “%1” was removed from the container.</source>
        <translation>A cópia foi cancelada; o incompleto “%1” foi removido do contêiner.</translation>
    </message>
    <message>
        <source>The copy was canceled. “%1” in the container is incomplete and could not be removed (the container is not running): remove it or copy it again.</source>
        <translation>A cópia foi cancelada. “%1” no contêiner está incompleto e não pôde ser removido (o contêiner não está em execução): remova-o ou copie-o de novo.</translation>
    </message>
    <message>
        <source>The copy was canceled after %1 of %2 files; every file copied into the container is complete.</source>
        <translation>A cópia foi cancelada após %1 de %2 arquivos; todo arquivo copiado para o contêiner está completo.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link to “%2”: open that instead.</source>
        <translation>“%1” é um link simbólico para “%2”: abra esse.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, so it has no text to show.</source>
        <translation>“%1” não é um arquivo comum, então não há texto para mostrar.</translation>
    </message>
    <message>
        <source>“%1” failed in the container (exit code %2).</source>
        <translation>“%1” falhou no contêiner (código de saída %2).</translation>
    </message>
    <message>
        <source>The container refused: %1</source>
        <translation>O contêiner recusou: %1</translation>
    </message>
    <message>
        <source>The container is not running. Start it to create, rename or delete files; copying works on stopped containers too.</source>
        <translation>O contêiner não está em execução. Inicie-o para criar, renomear ou excluir arquivos; a cópia funciona também com contêineres parados.</translation>
    </message>
</context>
<context>
    <name>ContainerFilesModel</name>
    <message>
        <source>The engine connection is gone.</source>
        <translation>A conexão com o engine caiu.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dono</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>Destino do link</translation>
    </message>
</context>
<context>
    <name>ContainerLimits</name>
    <message>
        <source>Restart policy &quot;%1&quot;: use no, always, unless-stopped or on-failure.</source>
        <translation>Política de reinício &quot;%1&quot;: use no, always, unless-stopped ou on-failure.</translation>
    </message>
    <message>
        <source>The number of retries must be 0 or more.</source>
        <translation>O número de tentativas deve ser 0 ou mais.</translation>
    </message>
    <message>
        <source>This container is removed when it exits (--rm), so it cannot have a restart policy.</source>
        <translation>Este contêiner é removido quando termina (--rm), então não pode ter uma política de reinício.</translation>
    </message>
    <message>
        <source>The CPU limit cannot be negative.</source>
        <translation>O limite de CPU não pode ser negativo.</translation>
    </message>
    <message>
        <source>Docker cannot remove a CPU limit from an existing container, only change it. To run without one, recreate the container (Edit and Recreate).</source>
        <translation>O Docker não consegue remover o limite de CPU de um contêiner existente, só alterá-lo. Para executar sem limite, recrie o contêiner (Editar e recriar).</translation>
    </message>
    <message>
        <source>The smallest CPU limit is 0.01 CPUs.</source>
        <translation>O menor limite de CPU é 0,01 CPU.</translation>
    </message>
    <message numerus="yes">
        <source>The engine&apos;s host has %n CPU(s): the limit cannot be higher.</source>
        <translation>
            <numerusform>O host do motor tem %n CPU: o limite não pode ser maior.</numerusform>
            <numerusform>O host do motor tem %n CPUs: o limite não pode ser maior.</numerusform>
        </translation>
    </message>
    <message>
        <source>The memory limit cannot be negative.</source>
        <translation>O limite de memória não pode ser negativo.</translation>
    </message>
    <message>
        <source>Docker cannot remove a memory limit from an existing container, only change it. To run without one, recreate the container (Edit and Recreate).</source>
        <translation>O Docker não consegue remover o limite de memória de um contêiner existente, só alterá-lo. Para executar sem limite, recrie o contêiner (Editar e recriar).</translation>
    </message>
    <message>
        <source>The smallest memory limit the engine accepts is %1.</source>
        <translation>O menor limite de memória que o motor aceita é %1.</translation>
    </message>
</context>
<context>
    <name>ContainerRecreation</name>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sem conexão com um motor.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Parando %1…</translation>
    </message>
    <message>
        <source>Could not stop %1: %2</source>
        <translation>Não foi possível parar %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is paused and could not be unpaused to stop it: %2</source>
        <translation>Nada foi alterado: %1 está pausado e não pôde ser retomado para ser parado: %2</translation>
    </message>
    <message>
        <source>The connection to the engine was lost.</source>
        <translation>A conexão com o motor foi perdida.</translation>
    </message>
    <message>
        <source>Renaming %1 to %2…</source>
        <translation>Renomeando %1 para %2…</translation>
    </message>
    <message>
        <source>Could not set %1 aside: %2</source>
        <translation>Não foi possível pôr %1 de lado: %2</translation>
    </message>
    <message>
        <source>Creating the new %1…</source>
        <translation>Criando o novo %1…</translation>
    </message>
    <message>
        <source>Could not create the new container: %1</source>
        <translation>Não foi possível criar o novo contêiner: %1</translation>
    </message>
    <message>
        <source>Connecting the new %1 to %2…</source>
        <translation>Conectando o novo %1 a %2…</translation>
    </message>
    <message>
        <source>Could not connect the new container to the network %1: %2</source>
        <translation>Não foi possível conectar o novo contêiner à rede %1: %2</translation>
    </message>
    <message>
        <source>Starting the new %1…</source>
        <translation>Iniciando o novo %1…</translation>
    </message>
    <message>
        <source>The new container did not start: %1</source>
        <translation>O novo contêiner não iniciou: %1</translation>
    </message>
    <message>
        <source>Checking that the new %1 keeps running…</source>
        <translation>Verificando se o novo %1 continua em execução…</translation>
    </message>
    <message>
        <source>Could not read the new container: %1</source>
        <translation>Não foi possível ler o novo contêiner: %1</translation>
    </message>
    <message>
        <source>The new container stopped at once, with exit code %1.</source>
        <translation>O novo contêiner parou logo em seguida, com código de saída %1.</translation>
    </message>
    <message>
        <source>The new container stopped at once, with exit code %1: %2</source>
        <translation>O novo contêiner parou logo em seguida, com código de saída %1: %2</translation>
    </message>
    <message>
        <source>Removing the old container…</source>
        <translation>Removendo o contêiner antigo…</translation>
    </message>
    <message>
        <source>%1 was recreated. The old container (%2, now stopped) could not be removed: %3 Remove it when you no longer need it.</source>
        <translation>%1 foi recriado. O contêiner antigo (%2, agora parado) não pôde ser removido: %3 Remova-o quando não precisar mais dele.</translation>
    </message>
    <message>
        <source>%1 was recreated and runs; the old container was removed.</source>
        <translation>%1 foi recriado e está em execução; o contêiner antigo foi removido.</translation>
    </message>
    <message>
        <source>%1 was recreated (not started, as the old one was not running); the old container was removed.</source>
        <translation>%1 foi recriado (não iniciado, porque o antigo não estava em execução); o contêiner antigo foi removido.</translation>
    </message>
    <message>
        <source>Putting %1 back…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <source>%1 The connection to the engine was lost, so nothing could be put back: look for %2 in the list.</source>
        <translation>%1 A conexão com o motor foi perdida, então nada pôde ser restaurado: procure %2 na lista.</translation>
    </message>
    <message>
        <source>The new container %1 could not be removed: %2</source>
        <translation>O novo contêiner %1 não pôde ser removido: %2</translation>
    </message>
    <message>
        <source>%1 could not get its name back: it is called %2 now. %3</source>
        <translation>%1 não pôde recuperar o nome: agora se chama %2. %3</translation>
    </message>
    <message>
        <source>%1 %2 is back as it was.</source>
        <translation>%1 %2 voltou a ser como era.</translation>
    </message>
    <message>
        <source>%1 could not be started again: %2</source>
        <translation>%1 não pôde ser iniciado de novo: %2</translation>
    </message>
    <message>
        <source>%1 runs again but could not be paused again: %2</source>
        <translation>%1 está em execução de novo, mas não pôde ser pausado de novo: %2</translation>
    </message>
</context>
<context>
    <name>ContainersApi</name>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sem conexão com um motor.</translation>
    </message>
    <message>
        <source>The engine&apos;s container list is not a list.</source>
        <translation>A lista de contêineres do motor não é uma lista.</translation>
    </message>
    <message>
        <source>The engine&apos;s description of the container is not an object.</source>
        <translation>A descrição do contêiner enviada pelo motor não é um objeto.</translation>
    </message>
    <message>
        <source>The engine created a container but did not say its ID.</source>
        <translation>O motor criou um contêiner, mas não informou o ID dele.</translation>
    </message>
    <message>
        <source>The image %1 is not on this engine. Pull it or build it first.</source>
        <translation>A imagem %1 não está neste motor. Baixe-a ou faça o build dela primeiro.</translation>
    </message>
    <message>
        <source>The network of %1 does not exist: %2</source>
        <translation>A rede de %1 não existe: %2</translation>
    </message>
    <message>
        <source>The container %1 no longer exists: it may have been removed meanwhile.</source>
        <translation>O contêiner %1 não existe mais: ele pode ter sido removido nesse meio-tempo.</translation>
    </message>
    <message>
        <source>%1: the engine could not find what this needs: %2</source>
        <translation>%1: o motor não encontrou algo necessário para isso: %2</translation>
    </message>
    <message>
        <source>The name %1 is already used by another container. Choose another name, or rename or remove that container first.</source>
        <translation>O nome %1 já é usado por outro contêiner. Escolha outro nome ou renomeie ou remova esse contêiner primeiro.</translation>
    </message>
    <message>
        <source>%1 is running. Stop it first, or remove it with Force.</source>
        <translation>%1 está em execução. Pare-o primeiro ou remova-o com Forçar.</translation>
    </message>
    <message>
        <source>%1 is paused: unpause it first.</source>
        <translation>%1 está pausado: retome-o primeiro.</translation>
    </message>
    <message>
        <source>%1 is not running, so there is nothing to kill.</source>
        <translation>%1 não está em execução, então não há nada para matar.</translation>
    </message>
    <message>
        <source>%1 is not running, so it cannot be paused.</source>
        <translation>%1 não está em execução, então não pode ser pausado.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 não está em execução.</translation>
    </message>
    <message>
        <source>%1 is restarting. Wait until it is running or stopped, then try again.</source>
        <translation>%1 está reiniciando. Aguarde até que esteja em execução ou parado e tente de novo.</translation>
    </message>
    <message>
        <source>%1 is already being removed.</source>
        <translation>%1 já está sendo removido.</translation>
    </message>
    <message>
        <source>%1 is in a state that does not allow this: %2</source>
        <translation>%1 está em um estado que não permite isso: %2</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 não iniciou: %2</translation>
    </message>
    <message>
        <source>The engine refused the name: %1</source>
        <translation>O motor recusou o nome: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Already running</source>
        <translation>Já em execução</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Already stopped</source>
        <translation>Já parado</translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation>Reiniciado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Already paused</source>
        <translation>Já pausado</translation>
    </message>
    <message>
        <source>Unpaused</source>
        <translation>Retomado</translation>
    </message>
    <message>
        <source>Was not paused</source>
        <translation>Não estava pausado</translation>
    </message>
    <message>
        <source>Signal sent</source>
        <translation>Sinal enviado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renomeado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>The engine&apos;s process list has no columns.</source>
        <translation>A lista de processos do motor não tem colunas.</translation>
    </message>
    <message>
        <source>The engine could not list the processes of %1 with the ps arguments “%2”: %3</source>
        <translation>O motor não conseguiu listar os processos de %1 com os argumentos do ps “%2”: %3</translation>
    </message>
    <message>
        <source>The engine&apos;s list of changes is not a list.</source>
        <translation>A lista de alterações do motor não é uma lista.</translation>
    </message>
    <message>
        <source>%1: the new memory limit is above the memory and swap limit already set; change both together.</source>
        <translation>%1: o novo limite de memória passa do limite de memória e swap já definido; altere os dois juntos.</translation>
    </message>
    <message>
        <source>%1 is removed when it exits (--rm), so it cannot have a restart policy.</source>
        <translation>%1 é removido quando termina (--rm), então não pode ter uma política de reinício.</translation>
    </message>
    <message>
        <source>%1: the engine refuses this combination of limits: %2</source>
        <translation>%1: o motor recusa esta combinação de limites: %2</translation>
    </message>
    <message>
        <source>The engine could not change %1: %2</source>
        <translation>O motor não conseguiu alterar %1: %2</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
</context>
<context>
    <name>ContainersModel</name>
    <message>
        <source>Less than a second</source>
        <translation>Menos de um segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute</source>
        <translation>Cerca de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour</source>
        <translation>Cerca de uma hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>Running (healthy)</source>
        <translation>Em execução (saudável)</translation>
    </message>
    <message>
        <source>Running (unhealthy)</source>
        <translation>Em execução (não saudável)</translation>
    </message>
    <message>
        <source>Running (health starting)</source>
        <translation>Em execução (verificando saúde)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Removendo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Morto</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <translation>Encerrado (%1)</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Up %1 (paused)</source>
        <translation>Ativo há %1 (pausado)</translation>
    </message>
    <message>
        <source>Up %1 (healthy)</source>
        <translation>Ativo há %1 (saudável)</translation>
    </message>
    <message>
        <source>Up %1 (unhealthy)</source>
        <translation>Ativo há %1 (não saudável)</translation>
    </message>
    <message>
        <source>Up %1 (health starting)</source>
        <translation>Ativo há %1 (verificando saúde)</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Ativo há %1</translation>
    </message>
    <message>
        <source>Exited (%1) %2 ago</source>
        <translation>Encerrado (%1) há %2</translation>
    </message>
    <message>
        <source>Restarting (%1) %2 ago</source>
        <translation>Reiniciando (%1) há %2</translation>
    </message>
    <message>
        <source>Removal in progress</source>
        <translation>Remoção em andamento</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagem: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Comando: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>Portas: %1</translation>
    </message>
    <message>
        <source>Compose: project %1, service %2</source>
        <translation>Compose: projeto %1, serviço %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Criado %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n running</source>
        <translation>
            <numerusform>%n em execução (todos)</numerusform>
            <numerusform>Todos os %n em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of %n running</source>
        <translation>
            <numerusform>Nenhum de %n em execução</numerusform>
            <numerusform>Nenhum dos %n em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 de %n em execução</numerusform>
            <numerusform>%1 de %n em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n contêiner</numerusform>
            <numerusform>%n contêineres</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose project %1: %2</source>
        <translation>Projeto Compose %1: %2</translation>
    </message>
    <message>
        <source>Compose project %1</source>
        <translation>Projeto Compose %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>ID do contêiner</translation>
    </message>
    <message>
        <source>CPU %1, memory %2 (%3)</source>
        <translation>CPU %1, memória %2 (%3)</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saudável</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Não saudável</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Saúde: %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message>
        <source>Running only</source>
        <translation>Só em execução</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
    <message>
        <source>Container actions</source>
        <translation>Ações de contêiner</translation>
    </message>
    <message>
        <source>Filter by name, image, state, port, label or project</source>
        <translation>Filtrar por nome, imagem, estado, porta, label ou projeto</translation>
    </message>
    <message>
        <source>Filter containers</source>
        <translation>Filtrar contêineres</translation>
    </message>
    <message>
        <source>Show running containers only</source>
        <translation>Mostrar só os contêineres em execução</translation>
    </message>
    <message>
        <source>Unchecked: all containers, as docker ps -a</source>
        <translation>Desmarcado: todos os contêineres, como docker ps -a</translation>
    </message>
    <message>
        <source>Number of containers</source>
        <translation>Número de contêineres</translation>
    </message>
    <message>
        <source>Results of the last action</source>
        <translation>Resultados da última ação</translation>
    </message>
    <message>
        <source>Dismiss the results</source>
        <translation>Dispensar os resultados</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Container list</source>
        <translation>Lista de contêineres</translation>
    </message>
    <message>
        <source>Container details</source>
        <translation>Detalhes do contêiner</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>In&amp;specionar</translation>
    </message>
    <message>
        <source>Container detail views</source>
        <translation>Visões de detalhes do contêiner</translation>
    </message>
    <message>
        <source>Could not list the containers: %1</source>
        <translation>Não foi possível listar os contêineres: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>E&amp;xecutar…</translation>
    </message>
    <message>
        <source>Run a new container from an image</source>
        <translation>Executar um novo contêiner a partir de uma imagem</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation>Iniciar os contêineres selecionados</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>Stop the selected containers (SIGTERM, then SIGKILL after their timeout)</source>
        <translation>Parar os contêineres selecionados (SIGTERM e, após o tempo limite, SIGKILL)</translation>
    </message>
    <message>
        <source>Stop with &amp;Timeout…</source>
        <translation>Parar com &amp;tempo limite…</translation>
    </message>
    <message>
        <source>Stop, choosing how long to wait before killing</source>
        <translation>Parar, escolhendo quanto tempo esperar antes de matar</translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <translation>R&amp;einiciar</translation>
    </message>
    <message>
        <source>Restart the selected containers</source>
        <translation>Reiniciar os contêineres selecionados</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the selected containers</source>
        <translation>Pausar os contêineres selecionados</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>Ret&amp;omar</translation>
    </message>
    <message>
        <source>Unpause the selected containers</source>
        <translation>Retomar os contêineres selecionados</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Matar…</translation>
    </message>
    <message>
        <source>Send a signal to the selected containers</source>
        <translation>Enviar um sinal aos contêineres selecionados</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Remo&amp;ver…</translation>
    </message>
    <message>
        <source>Remove the selected containers</source>
        <translation>Remover os contêineres selecionados</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nomear…</translation>
    </message>
    <message>
        <source>Rename the selected container</source>
        <translation>Renomear o contêiner selecionado</translation>
    </message>
    <message>
        <source>Show the details of the current container</source>
        <translation>Mostrar os detalhes do contêiner atual</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>List the containers again</source>
        <translation>Listar os contêineres de novo</translation>
    </message>
    <message>
        <source>More container actions</source>
        <translation>Mais ações de contêiner</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), %1 running</source>
        <translation>
            <numerusform>%n contêiner, %1 em execução</numerusform>
            <numerusform>%n contêineres, %1 em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s) shown</source>
        <translation>
            <numerusform>%1 de %n contêiner exibido</numerusform>
            <numerusform>%1 de %n contêineres exibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Reiniciando…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pausando…</translation>
    </message>
    <message>
        <source>Unpausing…</source>
        <translation>Retomando…</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>%1 enviado</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removendo…</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Renomeando…</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renomeado para %1</translation>
    </message>
    <message>
        <source>Stop Containers</source>
        <translation>Parar contêineres</translation>
    </message>
    <message>
        <source>Stop containers</source>
        <translation>Parar contêineres</translation>
    </message>
    <message>
        <source>Seconds to wait before killing</source>
        <translation>Segundos de espera antes de matar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stop %1: each gets SIGTERM (or its stop signal), and is killed if it has not stopped after:</source>
        <translation>Parar %1: cada um recebe SIGTERM (ou o próprio sinal de parada) e é morto se não tiver parado após:</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n contêiner</numerusform>
            <numerusform>%n contêineres</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Kill Containers</source>
        <translation>Matar contêineres</translation>
    </message>
    <message>
        <source>Kill containers</source>
        <translation>Matar contêineres</translation>
    </message>
    <message>
        <source>Signal to send</source>
        <translation>Sinal a enviar</translation>
    </message>
    <message>
        <source>Send a signal to %1. SIGKILL ends the processes at once; the others are theirs to handle.</source>
        <translation>Enviar um sinal a %1. SIGKILL encerra os processos na hora; os demais ficam a cargo deles.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the signal</source>
        <translation>Enviar o sinal</translation>
    </message>
    <message>
        <source>Remove Containers</source>
        <translation>Remover contêineres</translation>
    </message>
    <message>
        <source>Remove containers</source>
        <translation>Remover contêineres</translation>
    </message>
    <message>
        <source>Containers that will be removed</source>
        <translation>Contêineres que serão removidos</translation>
    </message>
    <message>
        <source>Containers that will not be removed</source>
        <translation>Contêineres que não serão removidos</translation>
    </message>
    <message>
        <source>&amp;Force: stop and remove running containers too (-f)</source>
        <translation>&amp;Forçar: parar e remover também os contêineres em execução (-f)</translation>
    </message>
    <message>
        <source>Also remove their &amp;anonymous volumes (-v)</source>
        <translation>Também remover os &amp;volumes anônimos (-v)</translation>
    </message>
    <message>
        <source>Named volumes stay: only volumes created for these containers without a name go.</source>
        <translation>Os volumes nomeados ficam: só saem os volumes criados para estes contêineres sem nome.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Nothing will be removed.</source>
        <translation>Nada será removido.</translation>
    </message>
    <message numerus="yes">
        <source>These %n container(s) will be removed:</source>
        <translation>
            <numerusform>Este %n contêiner será removido:</numerusform>
            <numerusform>Estes %n contêineres serão removidos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed, because they are running (check Force to remove them too): %1</source>
        <translation>Não removidos porque estão em execução (marque Forçar para removê-los também): %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n</source>
        <translation>
            <numerusform>&amp;Remover %n</numerusform>
            <numerusform>&amp;Remover %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Container</source>
        <translation>Renomear contêiner</translation>
    </message>
    <message>
        <source>Rename container</source>
        <translation>Renomear contêiner</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Novo nome</translation>
    </message>
    <message>
        <source>Why this name cannot be used</source>
        <translation>Por que este nome não pode ser usado</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nomear</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Digite um nome.</translation>
    </message>
    <message>
        <source>&amp;Name of %1:</source>
        <translation>&amp;Nome de %1:</translation>
    </message>
    <message>
        <source>The engine warns about the new container:</source>
        <translation>O motor avisa sobre o novo contêiner:</translation>
    </message>
    <message>
        <source>Fi&amp;les</source>
        <translation>Ar&amp;quivos</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>Saú&amp;de</translation>
    </message>
    <message>
        <source>Chan&amp;ges</source>
        <translation>&amp;Mudanças</translation>
    </message>
    <message>
        <source>Open &amp;Port</source>
        <translation>Abrir &amp;porta</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>Create another container with the settings of this one</source>
        <translation>Criar outro contêiner com as configurações deste</translation>
    </message>
    <message>
        <source>&amp;Edit and Recreate…</source>
        <translation>Editar e r&amp;ecriar…</translation>
    </message>
    <message>
        <source>Change any setting and replace the container with a new one</source>
        <translation>Alterar qualquer configuração e substituir o contêiner por um novo</translation>
    </message>
    <message>
        <source>Change &amp;Limits…</source>
        <translation>Alterar &amp;limites…</translation>
    </message>
    <message>
        <source>Change the restart policy, CPU and memory limits without restarting</source>
        <translation>Alterar a política de reinício e os limites de CPU e memória sem reiniciar</translation>
    </message>
    <message>
        <source>Copy as docker &amp;run</source>
        <translation>Copiar como docker &amp;run</translation>
    </message>
    <message>
        <source>Copy the command line that makes this container again</source>
        <translation>Copiar a linha de comando que cria este contêiner de novo</translation>
    </message>
    <message>
        <source>&amp;Open Port in Browser</source>
        <translation>&amp;Abrir porta no navegador</translation>
    </message>
    <message>
        <source>Open a published port of the container in the web browser</source>
        <translation>Abrir uma porta publicada do contêiner no navegador</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>More actions on the container</source>
        <translation>Mais ações sobre o contêiner</translation>
    </message>
    <message>
        <source>Duplicate, edit and recreate, change limits, copy as docker run, open a port</source>
        <translation>Duplicar, editar e recriar, alterar limites, copiar como docker run, abrir uma porta</translation>
    </message>
    <message>
        <source>Open Port in Browser</source>
        <translation>Abrir porta no navegador</translation>
    </message>
    <message>
        <source>%1 publishes no port.</source>
        <translation>%1 não publica nenhuma porta.</translation>
    </message>
    <message>
        <source>%1 has no port a browser can open here.</source>
        <translation>%1 não tem porta que um navegador possa abrir daqui.</translation>
    </message>
    <message>
        <source>Ports of %1 to open</source>
        <translation>Portas de %1 para abrir</translation>
    </message>
    <message>
        <source>%1: restart policy and limits changed.</source>
        <translation>%1: política de reinício e limites alterados.</translation>
    </message>
    <message>
        <source>Settings without a docker run option, not in the line: %1</source>
        <translation>Configurações sem opção no docker run, fora da linha: %1</translation>
    </message>
    <message>
        <source>Copied the command line of %1:</source>
        <translation>Linha de comando de %1 copiada:</translation>
    </message>
    <message>
        <source>Co&amp;mmit…</source>
        <translation>Co&amp;mmit…</translation>
    </message>
    <message>
        <source>Make an image of the selected container (docker commit)</source>
        <translation>Criar uma imagem do contêiner selecionado (docker commit)</translation>
    </message>
    <message>
        <source>E&amp;xport Files…</source>
        <translation>E&amp;xportar arquivos…</translation>
    </message>
    <message>
        <source>Write the selected container&apos;s files to a tar (docker export)</source>
        <translation>Gravar os arquivos do contêiner selecionado em um tar (docker export)</translation>
    </message>
    <message>
        <source>Compose &amp;Up</source>
        <translation>&amp;Subir com o Compose</translation>
    </message>
    <message>
        <source>Create and start the project&apos;s containers (docker compose up -d)</source>
        <translation>Criar e iniciar os contêineres do projeto (docker compose up -d)</translation>
    </message>
    <message>
        <source>Compose &amp;Down…</source>
        <translation>&amp;Derrubar com o Compose…</translation>
    </message>
    <message>
        <source>Stop and remove the project&apos;s containers and networks (docker compose down), after saying what goes</source>
        <translation>Parar e remover os contêineres e as redes do projeto (docker compose down), depois de dizer o que será removido</translation>
    </message>
    <message>
        <source>Compose &amp;Restart</source>
        <translation>&amp;Reiniciar com o Compose</translation>
    </message>
    <message>
        <source>Restart the project&apos;s containers (docker compose restart)</source>
        <translation>Reiniciar os contêineres do projeto (docker compose restart)</translation>
    </message>
    <message>
        <source>Compose P&amp;ull</source>
        <translation>&amp;Baixar imagens com o Compose</translation>
    </message>
    <message>
        <source>Pull the images of the project&apos;s services (docker compose pull)</source>
        <translation>Baixar as imagens dos serviços do projeto (docker compose pull)</translation>
    </message>
    <message>
        <source>Compose &amp;Logs</source>
        <translation>&amp;Logs do Compose</translation>
    </message>
    <message>
        <source>The logs of every container of the project, merged in time order</source>
        <translation>Os logs de todos os contêineres do projeto, intercalados em ordem de tempo</translation>
    </message>
    <message>
        <source>Open Compose &amp;File</source>
        <translation>Abrir o &amp;arquivo Compose</translation>
    </message>
    <message>
        <source>Open the project&apos;s Compose file and its services</source>
        <translation>Abrir o arquivo Compose do projeto e seus serviços</translation>
    </message>
    <message numerus="yes">
        <source>Stop these %n container(s)? Each gets SIGTERM (or its stop signal), then SIGKILL after its timeout.</source>
        <translation>
            <numerusform>Parar este %n contêiner? Ele recebe SIGTERM (ou seu sinal de parada) e SIGKILL depois do seu tempo limite.</numerusform>
            <numerusform>Parar estes %n contêineres? Cada um recebe SIGTERM (ou seu sinal de parada) e SIGKILL depois do seu tempo limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart Containers</source>
        <translation>Reiniciar Contêineres</translation>
    </message>
    <message numerus="yes">
        <source>Restart these %n container(s)? Their processes are stopped and started again.</source>
        <translation>
            <numerusform>Reiniciar este %n contêiner? Seus processos são parados e iniciados de novo.</numerusform>
            <numerusform>Reiniciar estes %n contêineres? Seus processos são parados e iniciados de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause Containers</source>
        <translation>Pausar Contêineres</translation>
    </message>
    <message numerus="yes">
        <source>Pause these %n container(s)? Their processes are frozen until unpaused.</source>
        <translation>
            <numerusform>Pausar este %n contêiner? Seus processos ficam congelados até serem retomados.</numerusform>
            <numerusform>Pausar estes %n contêineres? Seus processos ficam congelados até serem retomados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All &amp;engines</source>
        <translation>&amp;Todos os motores</translation>
    </message>
    <message>
        <source>Show the containers of all engines</source>
        <translation>Mostrar os contêineres de todos os motores</translation>
    </message>
    <message>
        <source>The containers of every engine in use, grouped by engine</source>
        <translation>Os contêineres de cada motor em uso, agrupados por motor</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s) running</source>
        <translation>
            <numerusform>%1 de %n contêiner em execução</numerusform>
            <numerusform>%1 de %n contêineres em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engine(s)</source>
        <translation>
            <numerusform>%n motor</numerusform>
            <numerusform>%n motores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyRules</name>
    <message>
        <source>The engine described the path in a form Cais cannot read.</source>
        <translation>O engine descreveu o caminho de uma forma que o Cais não consegue ler.</translation>
    </message>
    <message>
        <source>A folder cannot be copied onto the file “%1”. Choose a folder, or a name that does not exist yet.</source>
        <translation>Uma pasta não pode ser copiada sobre o arquivo “%1”. Escolha uma pasta, ou um nome que ainda não exista.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Copying never creates folders for a file: create it first, or remove the final “/”.</source>
        <translation>A pasta “%1” não existe. A cópia nunca cria pastas para um arquivo: crie-a antes, ou remova a “/” final.</translation>
    </message>
</context>
<context>
    <name>CopyToContainerDialog</name>
    <message>
        <source>Copy to Another Container</source>
        <translation>Copiar para outro contêiner</translation>
    </message>
    <message>
        <source>Copy to another container</source>
        <translation>Copiar para outro contêiner</translation>
    </message>
    <message>
        <source>Copy “%1” to:</source>
        <translation>Copiar “%1” para:</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s) (%1) to:</source>
        <translation>
            <numerusform>Copiar %n item (%1) para:</numerusform>
            <numerusform>Copiar %n itens (%1) para:</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination container</source>
        <translation>Contêiner de destino</translation>
    </message>
    <message>
        <source>Reading the containers…</source>
        <translation>Lendo os contêineres…</translation>
    </message>
    <message>
        <source>Destination folder in that container</source>
        <translation>Pasta de destino nesse contêiner</translation>
    </message>
    <message>
        <source>A folder that exists there, for example /tmp</source>
        <translation>Uma pasta que exista lá, por exemplo /tmp</translation>
    </message>
    <message>
        <source>Folders are not created: the destination folder must exist. You are asked before any existing file there is replaced.</source>
        <translation>Pastas não são criadas: a pasta de destino precisa existir. Você é consultado antes que qualquer arquivo existente lá seja substituído.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the chosen container</source>
        <translation>Copiar para o contêiner escolhido</translation>
    </message>
    <message>
        <source>Do not copy</source>
        <translation>Não copiar</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Contêiner:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>There is no engine connection.</source>
        <translation>Não há conexão com o motor.</translation>
    </message>
    <message>
        <source>No other container</source>
        <translation>Nenhum outro contêiner</translation>
    </message>
    <message>
        <source>The containers could not be read: %1</source>
        <translation>Não foi possível ler os contêineres: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CreateNetworkDialog</name>
    <message>
        <source>&amp;Internal: no access to the outside world</source>
        <translation>&amp;Interna: sem acesso ao mundo exterior</translation>
    </message>
    <message>
        <source>&amp;Attachable (swarm overlay networks)</source>
        <translation>&amp;Anexável (redes overlay do swarm)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Create Network</source>
        <translation>Criar rede</translation>
    </message>
    <message>
        <source>Create network</source>
        <translation>Criar rede</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nome da rede</translation>
    </message>
    <message>
        <source>Network driver</source>
        <translation>Driver da rede</translation>
    </message>
    <message>
        <source>bridge: a private network on the engine&apos;s host. macvlan and ipvlan: on a host interface (give the option “parent”). overlay: across a swarm.</source>
        <translation>bridge: uma rede privada no host do motor. macvlan e ipvlan: sobre uma interface do host (informe a opção “parent”). overlay: através de um swarm.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sub-rede</translation>
    </message>
    <message>
        <source>Empty: the engine picks one, e.g. 172.18.0.0/16</source>
        <translation>Vazio: o motor escolhe uma, p. ex. 172.18.0.0/16</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Empty: the subnet&apos;s first address</source>
        <translation>Vazio: o primeiro endereço da sub-rede</translation>
    </message>
    <message>
        <source>IP range</source>
        <translation>Faixa de IPs</translation>
    </message>
    <message>
        <source>Empty: the whole subnet</source>
        <translation>Vazio: a sub-rede inteira</translation>
    </message>
    <message>
        <source>The part of the subnet that containers get their addresses from, in CIDR form.</source>
        <translation>A parte da sub-rede da qual os contêineres recebem seus endereços, na forma CIDR.</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>Rede interna</translation>
    </message>
    <message>
        <source>Attachable network</source>
        <translation>Rede anexável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Driver:</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>&amp;Sub-rede:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>IP &amp;range:</source>
        <translation>&amp;Faixa de IPs:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Creating the network…</source>
        <translation>Criando a rede…</translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <source>Driver options</source>
        <translation>Opções do driver</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation>Criar volume</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>Criar volume</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>Nome do volume</translation>
    </message>
    <message>
        <source>Empty: the engine makes up a name</source>
        <translation>Vazio: o motor inventa um nome</translation>
    </message>
    <message>
        <source>Volume driver</source>
        <translation>Driver do volume</translation>
    </message>
    <message>
        <source>“local” keeps the files on the engine&apos;s host; a plugin&apos;s name uses that plugin.</source>
        <translation>“local” guarda os arquivos no host do motor; o nome de um plugin usa esse plugin.</translation>
    </message>
    <message>
        <source>Options for the driver, as docker volume create --opt gives them. For “local”: type, device and o (for example type=tmpfs, device=tmpfs, o=size=100m).</source>
        <translation>Opções para o driver, como as de docker volume create --opt. Para “local”: type, device e o (por exemplo type=tmpfs, device=tmpfs, o=size=100m).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Driver:</translation>
    </message>
    <message>
        <source>Driver &amp;options:</source>
        <translation>&amp;Opções do driver:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Creating the volume…</source>
        <translation>Criando o volume…</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>CPU, last minute</source>
        <translation>CPU, último minuto</translation>
    </message>
    <message>
        <source>Memory usage / limit</source>
        <translation>Uso de memória / limite</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>Memória %</translation>
    </message>
    <message>
        <source>Net I/O</source>
        <translation>E/S de rede</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S de bloco</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDs</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Filter running containers by name</source>
        <translation>Filtrar contêineres em execução pelo nome</translation>
    </message>
    <message>
        <source>Filter the dashboard</source>
        <translation>Filtrar o painel</translation>
    </message>
    <message>
        <source>Engine totals</source>
        <translation>Totais do motor</translation>
    </message>
    <message>
        <source>Running containers and their stats</source>
        <translation>Contêineres em execução e suas estatísticas</translation>
    </message>
    <message>
        <source>CPU %1 of %2 (%3 CPUs)</source>
        <translation>CPU %1 de %2 (%3 CPUs)</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>memory %1 of %2</source>
        <translation>memória %1 de %2</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>memória %1</translation>
    </message>
    <message>
        <source>%1 running · %2 · %3</source>
        <translation>%1 em execução · %2 · %3</translation>
    </message>
    <message>
        <source>All engines</source>
        <translation>Todos os motores</translation>
    </message>
    <message>
        <source>Show the containers of every engine in use</source>
        <translation>Mostrar os contêineres de todos os motores em uso</translation>
    </message>
    <message>
        <source>The running containers of every connected engine in use, with their engine in a column</source>
        <translation>Os contêineres em execução de todos os motores conectados em uso, com o motor numa coluna</translation>
    </message>
    <message numerus="yes">
        <source>%1 running on %n engine(s) · %2 · %3</source>
        <translation>
            <numerusform>%1 em execução em %n motor · %2 · %3</numerusform>
            <numerusform>%1 em execução em %n motores · %2 · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Its main process finished without an error.</source>
        <translation>Seu processo principal terminou sem erro.</translation>
    </message>
    <message>
        <source>Its main process reported an error; its logs usually say which.</source>
        <translation>Seu processo principal informou um erro; os logs costumam dizer qual.</translation>
    </message>
    <message>
        <source>The engine could not run it.</source>
        <translation>O motor não conseguiu executá-lo.</translation>
    </message>
    <message>
        <source>Its command could not be run (not executable or no permission).</source>
        <translation>Seu comando não pôde ser executado (não executável ou sem permissão).</translation>
    </message>
    <message>
        <source>Its command was not found.</source>
        <translation>Seu comando não foi encontrado.</translation>
    </message>
    <message>
        <source>It was interrupted (SIGINT).</source>
        <translation>Ele foi interrompido (SIGINT).</translation>
    </message>
    <message>
        <source>It aborted (SIGABRT), often a failed assertion.</source>
        <translation>Ele abortou (SIGABRT), muitas vezes uma asserção que falhou.</translation>
    </message>
    <message>
        <source>It was killed (SIGKILL), often for running out of memory.</source>
        <translation>Ele foi morto (SIGKILL), muitas vezes por falta de memória.</translation>
    </message>
    <message>
        <source>It crashed with a segmentation fault (SIGSEGV).</source>
        <translation>Ele travou com uma falha de segmentação (SIGSEGV).</translation>
    </message>
    <message>
        <source>It was terminated (SIGTERM).</source>
        <translation>Ele foi encerrado (SIGTERM).</translation>
    </message>
    <message>
        <source>It was ended by signal %1.</source>
        <translation>Ele foi encerrado pelo sinal %1.</translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <translation>%1 não está saudável</translation>
    </message>
    <message>
        <source>%1 ran out of memory</source>
        <translation>%1 ficou sem memória</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation>%1 parou inesperadamente</translation>
    </message>
    <message>
        <source>The container %1 (image %2) turned unhealthy: its healthcheck failed several times in a row.</source>
        <translation>O contêiner %1 (imagem %2) deixou de estar saudável: sua verificação de saúde falhou várias vezes seguidas.</translation>
    </message>
    <message>
        <source>The container %1 (image %2) exited with code %3.</source>
        <translation>O contêiner %1 (imagem %2) terminou com o código %3.</translation>
    </message>
    <message>
        <source>The container %1 (image %2) exited.</source>
        <translation>O contêiner %1 (imagem %2) terminou.</translation>
    </message>
    <message>
        <source>The kernel killed it for using more memory than it may.</source>
        <translation>O kernel o matou por usar mais memória do que pode.</translation>
    </message>
    <message numerus="yes">
        <source>It happened %n time(s) in the last minutes.</source>
        <translation>
            <numerusform>Aconteceu %n vez nos últimos minutos.</numerusform>
            <numerusform>Aconteceu %n vezes nos últimos minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show its logs to see why.</source>
        <translation>Mostre seus logs para ver o motivo.</translation>
    </message>
    <message>
        <source>Show Logs</source>
        <translation>Mostrar logs</translation>
    </message>
</context>
<context>
    <name>DiskUsageChart</name>
    <message>
        <source>Disk usage chart</source>
        <translation>Gráfico do uso de disco</translation>
    </message>
    <message>
        <source>%1: %2, %3 reclaimable</source>
        <translation>%1: %2, %3 recuperável</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>Recuperável</translation>
    </message>
</context>
<context>
    <name>DiskUsageItemsModel</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <source>Local volume</source>
        <translation>Volume local</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Cache de build</translation>
    </message>
    <message>
        <source>%1 unique</source>
        <translation>%1 exclusivos</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <source>anonymous, %1</source>
        <translation>anônimo, %1</translation>
    </message>
    <message>
        <source>in use by a build</source>
        <translation>em uso por um build</translation>
    </message>
    <message>
        <source>shared with images</source>
        <translation>compartilhado com imagens</translation>
    </message>
    <message numerus="yes">
        <source>%1, used %n time(s)</source>
        <translation>
            <numerusform>%1, usado %n vez</numerusform>
            <numerusform>%1, usado %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>stopped: reclaimable</source>
        <translation>parado: recuperável</translation>
    </message>
    <message>
        <source>nothing: reclaimable</source>
        <translation>nada: recuperável</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>DiskUsageModel</name>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
    <message>
        <source>Local volumes</source>
        <translation>Volumes locais</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Cache de build</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 bytes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>Recuperável</translation>
    </message>
</context>
<context>
    <name>DockerContexts</name>
    <message>
        <source>Current DOCKER_HOST based configuration</source>
        <translation>Configuração atual baseada em DOCKER_HOST</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 não pode ser lido: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 não é um JSON válido: %2.</translation>
    </message>
    <message>
        <source>The context has no docker endpoint.</source>
        <translation>O contexto não tem um endpoint docker.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); Cais goes on without it, as the docker CLI does.</source>
        <translation>%1 não pode ser lido (%2); o Cais segue sem ele, como faz a CLI do docker.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); Cais goes on without it, as the docker CLI does.</source>
        <translation>%1 não é um JSON válido (%2); o Cais segue sem ele, como faz a CLI do docker.</translation>
    </message>
    <message>
        <source>The docker context &quot;%1&quot; cannot be used: %2</source>
        <translation>O contexto docker &quot;%1&quot; não pode ser usado: %2</translation>
    </message>
    <message>
        <source>There is no docker context named &quot;%1&quot; (it would be in %2). &quot;docker context ls&quot; lists the contexts there are.</source>
        <translation>Não existe um contexto docker chamado &quot;%1&quot; (ele estaria em %2). &quot;docker context ls&quot; lista os contextos existentes.</translation>
    </message>
    <message>
        <source>--host and --context cannot be used together: give one of them.</source>
        <translation>--host e --context não podem ser usados juntos: informe só um deles.</translation>
    </message>
    <message>
        <source>Cais looked for %1: %2</source>
        <translation>O Cais procurou %1: %2</translation>
    </message>
</context>
<context>
    <name>DockerIgnore</name>
    <message>
        <source>a “[” has no matching “]”</source>
        <translation>um “[” não tem o “]” correspondente</translation>
    </message>
    <message>
        <source>a character class is empty, or has a “-” or “]” where a character should be (escape it as “\-” or “\]”)</source>
        <translation>uma classe de caracteres está vazia ou tem um “-” ou “]” onde deveria haver um caractere (escape-o como “\-” ou “\]”)</translation>
    </message>
    <message>
        <source>a “\” at the end escapes nothing</source>
        <translation>um “\” no final não escapa nada</translation>
    </message>
    <message>
        <source>Line %1 of .dockerignore, “%2”, is not a valid pattern: %3. Fix or remove that line.</source>
        <translation>A linha %1 do .dockerignore, “%2”, não é um padrão válido: %3. Corrija ou remova essa linha.</translation>
    </message>
    <message>
        <source>“%1” is not a valid .dockerignore pattern: %2.</source>
        <translation>“%1” não é um padrão válido do .dockerignore: %2.</translation>
    </message>
    <message>
        <source>a lone “!” re-includes nothing; write the path to re-include after it, as in “!docs/README.md”</source>
        <translation>um “!” sozinho não reinclui nada; escreva depois dele o caminho a reincluir, como em “!docs/README.md”</translation>
    </message>
</context>
<context>
    <name>Dockerfile</name>
    <message>
        <source>“%1” is not UTF-8 text, and saving it from the editor would replace the characters that are not. Convert it to UTF-8 first (for example with iconv -f latin1 -t utf-8), or build it without opening it.</source>
        <translation>“%1” não é texto UTF-8, e salvá-lo pelo editor substituiria os caracteres que não são. Converta-o para UTF-8 antes (por exemplo com iconv -f latin1 -t utf-8) ou faça o build sem abri-lo.</translation>
    </message>
    <message>
        <source>“%1” is not a text file (it holds binary data), so it cannot be a Dockerfile. Choose the Dockerfile itself.</source>
        <translation>“%1” não é um arquivo de texto (contém dados binários), então não pode ser um Dockerfile. Escolha o próprio Dockerfile.</translation>
    </message>
    <message>
        <source>“%1” is %2: too large for a Dockerfile (Cais reads Dockerfiles of up to %3). Choose the Dockerfile itself.</source>
        <translation>“%1” tem %2: grande demais para um Dockerfile (o Cais lê Dockerfiles de até %3). Escolha o próprio Dockerfile.</translation>
    </message>
    <message>
        <source>Could not open the Dockerfile “%1”: %2</source>
        <translation>Não foi possível abrir o Dockerfile “%1”: %2</translation>
    </message>
    <message>
        <source>Starts a new build stage from a base image: everything after it builds on top of that image&apos;s files. “FROM image AS name” names the stage so that a later COPY --from=name or a build target can refer to it.</source>
        <translation>Inicia um novo estágio de build a partir de uma imagem base: tudo o que vem depois é construído sobre os arquivos dessa imagem. “FROM imagem AS nome” dá nome ao estágio para que um COPY --from=nome posterior ou um alvo de build possa se referir a ele.</translation>
    </message>
    <message>
        <source>Sets the folder inside the image where the following RUN, CMD, ENTRYPOINT, COPY and ADD work. The folder is created if it does not exist.</source>
        <translation>Define a pasta dentro da imagem onde os RUN, CMD, ENTRYPOINT, COPY e ADD seguintes trabalham. A pasta é criada se não existir.</translation>
    </message>
    <message>
        <source>Copies files or folders from the build context (the folder you build) into the image. The source path is relative to the context; the last argument is the destination in the image. With --from=stage it copies from another stage instead.</source>
        <translation>Copia arquivos ou pastas do contexto de build (a pasta da qual você faz o build) para a imagem. O caminho de origem é relativo ao contexto; o último argumento é o destino na imagem. Com --from=estágio, copia de outro estágio.</translation>
    </message>
    <message>
        <source>Like COPY, but it can also download a URL and unpack a local tar archive into the image. Prefer COPY for plain files: it does less that can surprise you.</source>
        <translation>Como COPY, mas também pode baixar uma URL e descompactar um arquivo tar local na imagem. Prefira COPY para arquivos comuns: ele faz menos coisas que possam surpreender você.</translation>
    </message>
    <message>
        <source>Runs a command while the image is being built, and saves what it changed as a new layer. Use it to install packages or compile your program.</source>
        <translation>Executa um comando enquanto a imagem está sendo construída e salva o que ele alterou como uma nova camada. Use-o para instalar pacotes ou compilar seu programa.</translation>
    </message>
    <message>
        <source>The default command a container runs when it starts. Only the last CMD counts, and “docker run image command” replaces it. Prefer the JSON form: CMD [&quot;program&quot;, &quot;argument&quot;].</source>
        <translation>O comando padrão que um contêiner executa ao iniciar. Só o último CMD vale, e “docker run imagem comando” o substitui. Prefira a forma JSON: CMD [&quot;programa&quot;, &quot;argumento&quot;].</translation>
    </message>
    <message>
        <source>The program a container always runs when it starts; CMD or the arguments of “docker run” are passed to it. Prefer the JSON form: ENTRYPOINT [&quot;program&quot;].</source>
        <translation>O programa que um contêiner sempre executa ao iniciar; o CMD ou os argumentos do “docker run” são passados a ele. Prefira a forma JSON: ENTRYPOINT [&quot;programa&quot;].</translation>
    </message>
    <message>
        <source>Documents the network port the program in the container listens on (for example 8080 or 53/udp). It does not publish the port: that is done with “docker run -p”.</source>
        <translation>Documenta a porta de rede em que o programa no contêiner escuta (por exemplo 8080 ou 53/udp). Não publica a porta: isso é feito com “docker run -p”.</translation>
    </message>
    <message>
        <source>Sets an environment variable, for the following build steps and for containers made from the image: ENV NAME=value.</source>
        <translation>Define uma variável de ambiente, para as etapas de build seguintes e para os contêineres criados a partir da imagem: ENV NOME=valor.</translation>
    </message>
    <message>
        <source>Declares a build argument that can be set with “--build-arg NAME=value” when building. It exists only while building, not in the final containers. An ARG before the first FROM can be used in FROM lines.</source>
        <translation>Declara um argumento de build que pode ser definido com “--build-arg NOME=valor” ao fazer o build. Ele existe só durante o build, não nos contêineres finais. Um ARG antes do primeiro FROM pode ser usado nas linhas FROM.</translation>
    </message>
    <message>
        <source>Adds descriptive information to the image as key=value pairs, such as its version or maintainer.</source>
        <translation>Adiciona informações descritivas à imagem como pares chave=valor, como sua versão ou mantenedor.</translation>
    </message>
    <message>
        <source>Sets the user (and optionally the group) that the following RUN steps and the container&apos;s program run as.</source>
        <translation>Define o usuário (e opcionalmente o grupo) com que as etapas RUN seguintes e o programa do contêiner são executados.</translation>
    </message>
    <message>
        <source>Marks a folder as holding data that should live outside the container, in a volume. Changes made to it by later build steps are discarded.</source>
        <translation>Marca uma pasta como contendo dados que devem ficar fora do contêiner, em um volume. Alterações feitas nela por etapas de build posteriores são descartadas.</translation>
    </message>
    <message>
        <source>Tells the engine how to test that a running container still works, for example HEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1. “HEALTHCHECK NONE” turns it off.</source>
        <translation>Diz ao motor como testar se um contêiner em execução ainda funciona, por exemplo HEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1. “HEALTHCHECK NONE” desativa o teste.</translation>
    </message>
    <message>
        <source>Changes the shell that runs the shell form of RUN, CMD and ENTRYPOINT (by default [&quot;/bin/sh&quot;, &quot;-c&quot;]). Written in JSON form.</source>
        <translation>Altera o shell que executa a forma shell de RUN, CMD e ENTRYPOINT (por padrão [&quot;/bin/sh&quot;, &quot;-c&quot;]). Escrito na forma JSON.</translation>
    </message>
    <message>
        <source>The signal sent to the container&apos;s program to ask it to stop, for example SIGTERM (the default) or SIGINT.</source>
        <translation>O sinal enviado ao programa do contêiner para pedir que ele pare, por exemplo SIGTERM (o padrão) ou SIGINT.</translation>
    </message>
    <message>
        <source>Stores an instruction that runs later, when another Dockerfile uses this image in its FROM.</source>
        <translation>Guarda uma instrução que é executada depois, quando outro Dockerfile usa esta imagem no seu FROM.</translation>
    </message>
    <message>
        <source>Names the author of the image. Deprecated: use LABEL maintainer=&quot;name&quot; instead.</source>
        <translation>Indica o autor da imagem. Obsoleto: use LABEL maintainer=&quot;nome&quot; em vez disso.</translation>
    </message>
    <message>
        <source>Unknown instruction “%1”: the builder will stop here. Instructions are FROM, RUN, COPY, WORKDIR, CMD and the others of the Dockerfile reference.</source>
        <translation>Instrução desconhecida “%1”: o builder vai parar aqui. As instruções são FROM, RUN, COPY, WORKDIR, CMD e as demais da referência do Dockerfile.</translation>
    </message>
    <message>
        <source>Unknown instruction “%1”: the builder will stop here. Did you mean %2?</source>
        <translation>Instrução desconhecida “%1”: o builder vai parar aqui. Você quis dizer %2?</translation>
    </message>
    <message>
        <source>%1 comes before the first FROM. A Dockerfile must start with FROM (only ARG may come before it).</source>
        <translation>%1 vem antes do primeiro FROM. Um Dockerfile deve começar com FROM (só ARG pode vir antes dele).</translation>
    </message>
    <message>
        <source>%1 needs arguments: %2</source>
        <translation>%1 precisa de argumentos: %2</translation>
    </message>
    <message>
        <source>The JSON form needs double quotes: with single quotes %1 runs “%2” as one shell command instead. Write %3.</source>
        <translation>A forma JSON exige aspas duplas: com aspas simples, %1 executa “%2” como um único comando de shell. Escreva %3.</translation>
    </message>
    <message>
        <source>the list may only hold strings</source>
        <translation>a lista só pode conter strings</translation>
    </message>
    <message>
        <source>This looks like the JSON form but is not valid JSON (%1), so %2 will run it as one shell command instead. Check the brackets, the double quotes and the commas.</source>
        <translation>Isto parece a forma JSON, mas não é um JSON válido (%1), então %2 vai executá-lo como um único comando de shell. Verifique os colchetes, as aspas duplas e as vírgulas.</translation>
    </message>
    <message>
        <source>“%1” is outside the build context: %2 can only read files inside the context folder (%3).</source>
        <translation>“%1” está fora do contexto de build: %2 só pode ler arquivos dentro da pasta do contexto (%3).</translation>
    </message>
    <message>
        <source>No file in the build context matches “%1”, so %2 will fail. Paths are relative to the context folder (%3), not to the Dockerfile.</source>
        <translation>Nenhum arquivo no contexto de build corresponde a “%1”, então %2 vai falhar. Os caminhos são relativos à pasta do contexto (%3), não ao Dockerfile.</translation>
    </message>
    <message>
        <source>“%1” is not in the build context, so %2 will fail. Paths are relative to the context folder (%3), not to the Dockerfile.</source>
        <translation>“%1” não está no contexto de build, então %2 vai falhar. Os caminhos são relativos à pasta do contexto (%3), não ao Dockerfile.</translation>
    </message>
    <message>
        <source>“%1” is excluded by .dockerignore (line %2: “%3”), so the build will not see it and %4 will fail. Remove that pattern or add an exception such as “!%5”.</source>
        <translation>“%1” é excluído pelo .dockerignore (linha %2: “%3”), então o build não vai vê-lo e %4 vai falhar. Remova esse padrão ou adicione uma exceção como “!%5”.</translation>
    </message>
    <message>
        <source>“%1” is excluded by .dockerignore, so the build will not see it and %2 will fail. Remove the pattern or add an exception such as “!%3”.</source>
        <translation>“%1” é excluído pelo .dockerignore, então o build não vai vê-lo e %2 vai falhar. Remova o padrão ou adicione uma exceção como “!%3”.</translation>
    </message>
</context>
<context>
    <name>DockerfileDiagnostic</name>
    <message>
        <source>The here-document “%1” is never closed: add a line that holds only “%1” after its text.</source>
        <translation>O here-document “%1” nunca é fechado: adicione uma linha contendo apenas “%1” após o texto.</translation>
    </message>
    <message>
        <source>The stage name “%1” is used twice: give each FROM ... AS its own name.</source>
        <translation>O nome de estágio “%1” é usado duas vezes: dê a cada FROM ... AS um nome próprio.</translation>
    </message>
</context>
<context>
    <name>DockerfileEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Line numbers and build cache</source>
        <translation>Números de linha e cache de build</translation>
    </message>
    <message>
        <source>Dockerfile editor</source>
        <translation>Editor de Dockerfile</translation>
    </message>
    <message>
        <source>Dockerfile text</source>
        <translation>Texto do Dockerfile</translation>
    </message>
    <message>
        <source>Instruction completions</source>
        <translation>Completar instruções</translation>
    </message>
    <message>
        <source>Instruction help</source>
        <translation>Ajuda da instrução</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Dockerfile actions</source>
        <translation>Ações do Dockerfile</translation>
    </message>
    <message>
        <source>&amp;New Dockerfile</source>
        <translation>&amp;Novo Dockerfile</translation>
    </message>
    <message>
        <source>Start a new Dockerfile from a commented template</source>
        <translation>Começar um novo Dockerfile a partir de um modelo comentado</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a Dockerfile</source>
        <translation>Abrir um Dockerfile</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save the Dockerfile</source>
        <translation>Salvar o Dockerfile</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Save the Dockerfile under another name</source>
        <translation>Salvar o Dockerfile com outro nome</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Find text in the Dockerfile</source>
        <translation>Localizar texto no Dockerfile</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Substi&amp;tuir…</translation>
    </message>
    <message>
        <source>Find and replace text</source>
        <translation>Localizar e substituir texto</translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation>Abrir Dockerfile</translation>
    </message>
    <message>
        <source>Dockerfiles (Dockerfile Dockerfile.* *.dockerfile Containerfile Containerfile.* *.containerfile);;All files (*)</source>
        <translation>Dockerfiles (Dockerfile Dockerfile.* *.dockerfile Containerfile Containerfile.* *.containerfile);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Recent Dockerfiles</source>
        <translation>Dockerfiles recentes</translation>
    </message>
    <message>
        <source>Open a recently used Dockerfile</source>
        <translation>Abrir um Dockerfile usado recentemente</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Localizar e substituir</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Localizar:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto a localizar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Localizar anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Localizar próximo</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado da busca</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fechar a barra de busca</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Substituir:</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texto de substituição</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>Substituir esta ocorrência</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>Substituir todas as ocorrências</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Arquivo alterado no disco</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Reload the file from disk</source>
        <translation>Recarregar o arquivo do disco</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Manter o meu</translation>
    </message>
    <message>
        <source>Keep the text in the editor</source>
        <translation>Manter o texto do editor</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Continuando do fim</translation>
    </message>
    <message>
        <source>Continued from the start</source>
        <translation>Continuando do início</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n substituição</numerusform>
            <numerusform>%n substituições</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
    </message>
    <message>
        <source>Save Dockerfile</source>
        <translation>Salvar Dockerfile</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Não foi possível salvar “%1”: %2</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Falha ao salvar</translation>
    </message>
    <message>
        <source>Save Dockerfile As</source>
        <translation>Salvar Dockerfile como</translation>
    </message>
    <message>
        <source>Dockerfiles (Dockerfile Dockerfile.* *.dockerfile Containerfile Containerfile.*);;All files (*)</source>
        <translation>Dockerfiles (Dockerfile Dockerfile.* *.dockerfile Containerfile Containerfile.*);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source># A Dockerfile describes an image, one instruction per line.
# Each instruction adds a layer; when you change one, that layer and
# every layer after it are built again, the ones before come from the cache.

# The image to start from.
FROM alpine:3.20

# The folder the next instructions work in, inside the image.
WORKDIR /app

# Copy files from the build context (the folder you build) into the image.
COPY . .

# Run a command while building; what it changes is saved in the image.
RUN echo &quot;Built on $(date)&quot; &gt; /app/built.txt

# The port the program listens on (documentation; publish it with docker run -p).
EXPOSE 8080

# What a container runs when it starts.
CMD [&quot;cat&quot;, &quot;/app/built.txt&quot;]
</source>
        <translation># Um Dockerfile descreve uma imagem, uma instrução por linha.
# Cada instrução adiciona uma camada; quando você muda uma, essa camada e
# todas as camadas depois dela são construídas de novo; as anteriores vêm do cache.

# A imagem de partida.
FROM alpine:3.20

# A pasta onde as próximas instruções trabalham, dentro da imagem.
WORKDIR /app

# Copia arquivos do contexto de build (a pasta que você constrói) para a imagem.
COPY . .

# Executa um comando durante o build; o que ele muda fica salvo na imagem.
RUN echo &quot;Built on $(date)&quot; &gt; /app/built.txt

# A porta em que o programa escuta (documentação; publique-a com docker run -p).
EXPOSE 8080

# O que um contêiner executa ao iniciar.
CMD [&quot;cat&quot;, &quot;/app/built.txt&quot;]
</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1” tem alterações que não foram salvas. Salvá-las?</translation>
    </message>
    <message>
        <source>No recent Dockerfiles</source>
        <translation>Nenhum Dockerfile recente</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Limpar a lista</translation>
    </message>
    <message>
        <source>“%1” was deleted or renamed by another program. Save to write it again.</source>
        <translation>“%1” foi excluído ou renomeado por outro programa. Salve para gravá-lo de novo.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it? Your edits would be lost.</source>
        <translation>“%1” foi alterado por outro programa. Recarregá-lo? Suas edições seriam perdidas.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it?</source>
        <translation>“%1” foi alterado por outro programa. Recarregá-lo?</translation>
    </message>
    <message>
        <source>Move the cursor to an instruction to see what it does. Ctrl+Space completes instruction names; Ctrl+Tab leaves the editor.</source>
        <translation>Mova o cursor para uma instrução para ver o que ela faz. Ctrl+Espaço completa nomes de instruções; Ctrl+Tab sai do editor.</translation>
    </message>
    <message>
        <source>“%1” is not a Dockerfile instruction.</source>
        <translation>“%1” não é uma instrução de Dockerfile.</translation>
    </message>
    <message>
        <source>The build failed here: %1</source>
        <translation>O build falhou aqui: %1</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>em cache</translation>
    </message>
    <message>
        <source>cached · %1</source>
        <translation>em cache · %1</translation>
    </message>
    <message>
        <source>rebuilt</source>
        <translation>reconstruída</translation>
    </message>
    <message>
        <source>rebuilt · %1</source>
        <translation>reconstruída · %1</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>base · %1</source>
        <translation>base · %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>will rebuild</source>
        <translation>será reconstruída</translation>
    </message>
    <message>
        <source>rebuilt · 999.9 MB</source>
        <translation>reconstruída · 999.9 MB</translation>
    </message>
    <message>
        <source>The last build reused this layer from the build cache (layer %1, %2).</source>
        <translation>O último build reutilizou esta camada do cache de build (camada %1, %2).</translation>
    </message>
    <message>
        <source>The last build ran this instruction and made a new layer (layer %1, %2, %3).</source>
        <translation>O último build executou esta instrução e criou uma nova camada (camada %1, %2, %3).</translation>
    </message>
    <message>
        <source>The base image of this stage (%1).</source>
        <translation>A imagem base deste estágio (%1).</translation>
    </message>
    <message>
        <source>Done: this instruction makes no layer.</source>
        <translation>Concluída: esta instrução não cria camada.</translation>
    </message>
    <message>
        <source>The last build failed at this instruction.</source>
        <translation>O último build falhou nesta instrução.</translation>
    </message>
    <message>
        <source>Will rebuild: you changed this instruction or one before it since the last build, so the engine cannot reuse the cached layer and builds this one and every one after it again.</source>
        <translation>Será reconstruída: você alterou esta instrução ou uma anterior desde o último build, então o motor não pode reutilizar a camada em cache e constrói esta e todas as seguintes de novo.</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Substituir arquivo</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the text in the editor?</source>
        <translation>“%1” já existe. Substituí-lo pelo texto do editor?</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Substituir arquivo</translation>
    </message>
    <message>
        <source>What the file holds now is lost.</source>
        <translation>O conteúdo atual do arquivo será perdido.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>The engine address &quot;%1&quot; is not valid: %2</source>
        <translation>O endereço do motor &quot;%1&quot; não é válido: %2</translation>
    </message>
    <message>
        <source>it needs a scheme, like unix:///var/run/docker.sock or tcp://host:2376.</source>
        <translation>falta o esquema, como unix:///var/run/docker.sock ou tcp://host:2376.</translation>
    </message>
    <message>
        <source>the socket path is empty.</source>
        <translation>o caminho do socket está vazio.</translation>
    </message>
    <message>
        <source>named pipes exist only on Windows.</source>
        <translation>pipes nomeados só existem no Windows.</translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is unknown; use unix://, tcp://, http:// or https://.</source>
        <translation>o esquema &quot;%1&quot; é desconhecido; use unix://, tcp://, http:// ou https://.</translation>
    </message>
    <message>
        <source>a path after the host is not supported.</source>
        <translation>um caminho depois do host não é aceito.</translation>
    </message>
    <message>
        <source>the host is empty.</source>
        <translation>o host está vazio.</translation>
    </message>
    <message>
        <source>an IPv6 address lacks its closing bracket.</source>
        <translation>falta o colchete de fechamento do endereço IPv6.</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address.</source>
        <translation>há texto inesperado depois do endereço IPv6.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>a porta &quot;%1&quot; não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>it is not a valid ssh:// address (%1).</source>
        <translation>não é um endereço ssh:// válido (%1).</translation>
    </message>
    <message>
        <source>a password in the address is not supported: use an ssh key or the ssh agent (ssh asks for a password by itself when the host allows one).</source>
        <translation>uma senha no endereço não é aceita: use uma chave ssh ou o agente ssh (o ssh pede a senha sozinho quando o host permite).</translation>
    </message>
    <message>
        <source>query parameters are not allowed.</source>
        <translation>parâmetros de consulta não são permitidos.</translation>
    </message>
    <message>
        <source>fragments are not allowed.</source>
        <translation>fragmentos não são permitidos.</translation>
    </message>
    <message>
        <source>the port &quot;0&quot; is not a number from 1 to 65535.</source>
        <translation>a porta &quot;0&quot; não é um número de 1 a 65535.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sem conexão com um motor.</translation>
    </message>
    <message>
        <source>%1 (context %2)</source>
        <translation>%1 (contexto %2)</translation>
    </message>
</context>
<context>
    <name>EngineBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>Engine connection problem</source>
        <translation>Problema de conexão com o motor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Engine connection status</source>
        <translation>Estado da conexão com o motor</translation>
    </message>
    <message>
        <source>Retry connecting to the engine</source>
        <translation>Tentar conectar ao motor de novo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot reach the engine at %1.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;small&gt;Cais keeps trying and reconnects by itself when the engine comes back.&lt;/small&gt;</source>
        <translation>&lt;b&gt;Não foi possível alcançar o motor em %1.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;small&gt;O Cais continua tentando e reconecta sozinho quando o motor voltar.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>EngineChoice</name>
    <message>
        <source>the --host option</source>
        <translation>a opção --host</translation>
    </message>
    <message>
        <source>the context &quot;%1&quot; (the --context option)</source>
        <translation>o contexto &quot;%1&quot; (a opção --context)</translation>
    </message>
    <message>
        <source>the DOCKER_HOST variable</source>
        <translation>a variável DOCKER_HOST</translation>
    </message>
    <message>
        <source>the context &quot;%1&quot; (the DOCKER_CONTEXT variable)</source>
        <translation>o contexto &quot;%1&quot; (a variável DOCKER_CONTEXT)</translation>
    </message>
    <message>
        <source>the context &quot;%1&quot; (chosen with &quot;docker context use&quot;)</source>
        <translation>o contexto &quot;%1&quot; (escolhido com &quot;docker context use&quot;)</translation>
    </message>
    <message>
        <source>the default socket</source>
        <translation>o socket padrão</translation>
    </message>
    <message>
        <source>Podman&apos;s socket (there is no Docker socket)</source>
        <translation>o socket do Podman (não há socket do Docker)</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The engine did not say which API version it speaks (Api-Version header: &quot;%1&quot;). Is this a Docker or Podman engine?</source>
        <translation>O motor não informou qual versão da API fala (cabeçalho Api-Version: &quot;%1&quot;). Isto é um motor Docker ou Podman?</translation>
    </message>
    <message>
        <source>This engine speaks Docker API %1, but Cais needs API 1.%2 or newer (Docker 20.10 or Podman 3 and later). Update the engine.</source>
        <translation>Este motor fala a API Docker %1, mas o Cais precisa da API 1.%2 ou mais nova (Docker 20.10 ou Podman 3 em diante). Atualize o motor.</translation>
    </message>
    <message>
        <source>The engine sent data Cais cannot read (%1 at byte %2).</source>
        <translation>O motor enviou dados que o Cais não consegue ler (%1 no byte %2).</translation>
    </message>
    <message>
        <source>The engine&apos;s image list is not a list.</source>
        <translation>A lista de imagens do motor não é uma lista.</translation>
    </message>
    <message>
        <source>The engine sent a list where an object was expected.</source>
        <translation>O motor enviou uma lista onde se esperava um objeto.</translation>
    </message>
    <message>
        <source>%1 The engine said: %2</source>
        <translation>%1 O motor disse: %2</translation>
    </message>
    <message>
        <source>The engine rejected the request as invalid.</source>
        <translation>O motor rejeitou o pedido como inválido.</translation>
    </message>
    <message>
        <source>The engine rejected the request: %1</source>
        <translation>O motor rejeitou o pedido: %1</translation>
    </message>
    <message>
        <source>The registry or engine asks for credentials. Log in and try again.</source>
        <translation>O registro ou o motor pede credenciais. Faça login e tente de novo.</translation>
    </message>
    <message>
        <source>The engine refused this action: %1</source>
        <translation>O motor recusou esta ação: %1</translation>
    </message>
    <message>
        <source>Not found: this engine does not know the object or the route (it may be too old for this action).</source>
        <translation>Não encontrado: este motor não conhece o objeto ou a rota (talvez seja antigo demais para esta ação).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflito: %1</translation>
    </message>
    <message>
        <source>The engine failed: %1</source>
        <translation>O motor falhou: %1</translation>
    </message>
    <message>
        <source>This engine does not support that action: %1</source>
        <translation>Este motor não oferece essa ação: %1</translation>
    </message>
    <message>
        <source>The engine is not ready: %1</source>
        <translation>O motor não está pronto: %1</translation>
    </message>
    <message>
        <source>The engine answered with HTTP %1: %2</source>
        <translation>O motor respondeu com HTTP %1: %2</translation>
    </message>
    <message>
        <source>The engine refused this action.</source>
        <translation>O motor recusou esta ação.</translation>
    </message>
    <message>
        <source>The engine reports a conflict with the object&apos;s current state.</source>
        <translation>O motor informa um conflito com o estado atual do objeto.</translation>
    </message>
    <message>
        <source>The engine failed without saying why (HTTP 500). The engine&apos;s own log may tell more.</source>
        <translation>O motor falhou sem dizer por quê (HTTP 500). O log do próprio motor pode dizer mais.</translation>
    </message>
    <message>
        <source>This engine does not support that action.</source>
        <translation>Este motor não oferece essa ação.</translation>
    </message>
    <message>
        <source>The engine is not ready. Try again in a moment.</source>
        <translation>O motor não está pronto. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>The engine answered with HTTP %1.</source>
        <translation>O motor respondeu com HTTP %1.</translation>
    </message>
</context>
<context>
    <name>EngineInfoView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>Engine information</source>
        <translation>Informações do motor</translation>
    </message>
    <message>
        <source>Warnings the engine reports</source>
        <translation>Avisos que o motor relata</translation>
    </message>
    <message>
        <source>Engine information status</source>
        <translation>Estado das informações do motor</translation>
    </message>
    <message>
        <source>Refresh engine information</source>
        <translation>Atualizar as informações do motor</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Sistema operacional:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Arquitetura:</translation>
    </message>
    <message>
        <source>Storage driver:</source>
        <translation>Driver de armazenamento:</translation>
    </message>
    <message>
        <source>Cgroup driver:</source>
        <translation>Driver de cgroup:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memória:</translation>
    </message>
    <message>
        <source>Root directory:</source>
        <translation>Diretório raiz:</translation>
    </message>
    <message>
        <source>Registries:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objetos:</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>Consultando o motor…</translation>
    </message>
    <message>
        <source>Could not read the engine&apos;s information: %1</source>
        <translation>Não foi possível ler as informações do motor: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>Podman (Docker-compatible API)</source>
        <translation>Podman (API compatível com o Docker)</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>%1 in use (the engine speaks %2 down to %3)</source>
        <translation>%1 em uso (o motor fala da %2 até a %3)</translation>
    </message>
    <message>
        <source>Libpod API %1</source>
        <translation>API Libpod %1</translation>
    </message>
    <message>
        <source>%1, cgroup v%2</source>
        <translation>%1, cgroup v%2</translation>
    </message>
    <message>
        <source>(insecure)</source>
        <translation>(inseguro)</translation>
    </message>
    <message>
        <source>mirror %1</source>
        <translation>espelho %1</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (inseguro)</translation>
    </message>
    <message>
        <source>%1 images, %2 containers (%3 running, %4 paused, %5 stopped)</source>
        <translation>%1 imagens, %2 contêineres (%3 em execução, %4 pausados, %5 parados)</translation>
    </message>
    <message numerus="yes">
        <source>The engine reports %n warning(s):</source>
        <translation>
            <numerusform>O motor relata %n aviso:</numerusform>
            <numerusform>O motor relata %n avisos:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
</context>
<context>
    <name>EngineRegistry</name>
    <message>
        <source>Podman, your own (rootless)</source>
        <translation>Podman, o seu (sem root)</translation>
    </message>
    <message>
        <source>Podman, the system&apos;s (rootful)</source>
        <translation>Podman, o do sistema (com root)</translation>
    </message>
    <message>
        <source>There is no engine named &quot;%1&quot;.</source>
        <translation>Não há motor chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the engine a name.</source>
        <translation>Dê um nome ao motor.</translation>
    </message>
    <message>
        <source>A docker context is already named &quot;%1&quot;: choose another name.</source>
        <translation>Já existe um contexto docker chamado &quot;%1&quot;: escolha outro nome.</translation>
    </message>
    <message>
        <source>An engine is already named &quot;%1&quot;: choose another name.</source>
        <translation>Já existe um motor chamado &quot;%1&quot;: escolha outro nome.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>Cais could not save its settings in %1.</source>
        <translation>O Cais não conseguiu salvar as configurações em %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection of Cais&apos;s own: remove a docker context with &quot;docker context rm&quot;.</source>
        <translation>&quot;%1&quot; não é uma conexão do próprio Cais: remova um contexto docker com &quot;docker context rm&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a docker context already.</source>
        <translation>&quot;%1&quot; já é um contexto docker.</translation>
    </message>
    <message>
        <source>The docker CLI does not accept &quot;%1&quot; as a context name: use letters, digits, &quot;_&quot;, &quot;.&quot;, &quot;+&quot; and &quot;-&quot;, starting with a letter or a digit (and not &quot;default&quot;). Rename the engine first.</source>
        <translation>O docker CLI não aceita &quot;%1&quot; como nome de contexto: use letras, dígitos, &quot;_&quot;, &quot;.&quot;, &quot;+&quot; e &quot;-&quot;, começando com uma letra ou um dígito (e não &quot;default&quot;). Renomeie o motor antes.</translation>
    </message>
    <message>
        <source>A docker context named &quot;%1&quot; exists already.</source>
        <translation>Já existe um contexto docker chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não é possível criar %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Não é possível copiar %1 para %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>EnginesModel</name>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inacessível</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>não pode ser usado</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
</context>
<context>
    <name>EnginesPanel</name>
    <message>
        <source>Engines</source>
        <translation>Motores</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>Adicionar um motor</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the engine</source>
        <translation>Editar o motor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the engine</source>
        <translation>Remover o motor</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the engine in a window</source>
        <translation>Abrir o motor numa janela</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Save as a docker context</source>
        <translation>Salvar como contexto docker</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Open this engine when nothing else chooses one</source>
        <translation>Abrir este motor quando nada mais escolher um</translation>
    </message>
    <message>
        <source>Engine message</source>
        <translation>Mensagem do motor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2: %3</source>
        <translation>&quot;%1&quot; %2: %3</translation>
    </message>
    <message>
        <source>A docker context: change it with &quot;docker context update&quot;, remove it with &quot;docker context rm&quot;.</source>
        <translation>Um contexto docker: altere-o com &quot;docker context update&quot;, remova-o com &quot;docker context rm&quot;.</translation>
    </message>
    <message>
        <source>Found on this computer: Cais lists it by itself.</source>
        <translation>Encontrado neste computador: o Cais o lista sozinho.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added. Test it, or open it in a window.</source>
        <translation>&quot;%1&quot; adicionado. Teste-o, ou abra-o numa janela.</translation>
    </message>
    <message>
        <source>Remove Engine</source>
        <translation>Remover motor</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; (%2) from Cais? Cais forgets its address; nothing on the engine changes.</source>
        <translation>Remover &quot;%1&quot; (%2) do Cais? O Cais esquece o endereço; nada muda no motor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed.</source>
        <translation>&quot;%1&quot; removido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answers: %2 %3, API %4.</source>
        <translation>&quot;%1&quot; responde: %2 %3, API %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be reached: %2</source>
        <translation>&quot;%1&quot; não pode ser alcançado: %2</translation>
    </message>
    <message>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Conectando a &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now a docker context: &quot;docker --context %1&quot; reaches it too.</source>
        <translation>&quot;%1&quot; agora é um contexto docker: &quot;docker --context %1&quot; também o alcança.</translation>
    </message>
    <message>
        <source>Cais opens &quot;%1&quot; when no option, variable or &quot;docker context use&quot; chooses an engine.</source>
        <translation>O Cais abre &quot;%1&quot; quando nenhuma opção, variável ou &quot;docker context use&quot; escolhe um motor.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Look Back</source>
        <translation>&amp;Voltar no Tempo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrar por ação</translation>
    </message>
    <message>
        <source>Action (start, die, pull…)</source>
        <translation>Ação (start, die, pull…)</translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation>Filtrar por nome ou ID</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nome ou ID</translation>
    </message>
    <message>
        <source>Pause the events</source>
        <translation>Pausar os eventos</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Look back how far</source>
        <translation>Voltar quanto tempo</translation>
    </message>
    <message>
        <source>Like docker events --since: a duration (10m, 1h), a date or unix seconds</source>
        <translation>Como docker events --since: uma duração (10m, 1h), uma data ou segundos unix</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Voltar no tempo</translation>
    </message>
    <message>
        <source>Replace the table with the engine&apos;s events since then, and go on live</source>
        <translation>Trocar a tabela pelos eventos do motor desde então, e seguir ao vivo</translation>
    </message>
    <message>
        <source>Export the events</source>
        <translation>Exportar os eventos</translation>
    </message>
    <message>
        <source>Save the events shown as JSON lines, as docker events --format &apos;{{json .}}&apos; prints them</source>
        <translation>Salvar os eventos mostrados como linhas JSON, como o docker events --format &apos;{{json .}}&apos; imprime</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exportar Eventos</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>Linhas JSON (*.jsonl);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Events status</source>
        <translation>Estado dos eventos</translation>
    </message>
    <message>
        <source>Look Back</source>
        <translation>Voltar no Tempo</translation>
    </message>
    <message>
        <source>Could not read the past events: %1</source>
        <translation>Não foi possível ler os eventos passados: %1</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>%1 of %2 events shown; the history keeps the newest %3.</source>
        <translation>%1 de %2 eventos mostrados; o histórico guarda os %3 mais novos.</translation>
    </message>
    <message>
        <source>%1 older ones dropped.</source>
        <translation>%1 mais antigos descartados.</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new event(s) waiting.</source>
        <translation>
            <numerusform>Pausado: %n evento novo esperando.</numerusform>
            <numerusform>Pausado: %n eventos novos esperando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading past events…</source>
        <translation>Lendo eventos passados…</translation>
    </message>
    <message>
        <source>“%1” is not a time: write a duration (10m, 1h), a date (2026-01-31T12:00:00) or unix seconds.</source>
        <translation>“%1” não é um momento: escreva uma duração (10m, 1h), uma data (2026-01-31T12:00:00) ou segundos unix.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Could not read the events the live stream missed: %1</source>
        <translation>Não foi possível ler os eventos que o fluxo ao vivo perdeu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed at %1: %n missed event(s) added.</source>
        <translation>
            <numerusform>Atualizado às %1: %n evento perdido adicionado.</numerusform>
            <numerusform>Atualizado às %1: %n eventos perdidos adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>The refresh waits until you resume.</source>
        <translation>A atualização espera até você retomar.</translation>
    </message>
</context>
<context>
    <name>ExecSession</name>
    <message>
        <source>The connection to the engine was lost during the session. %1</source>
        <translation>A conexão com o motor foi perdida durante a sessão. %1</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>The engine did not say which process it created.</source>
        <translation>O motor não informou qual processo criou.</translation>
    </message>
    <message>
        <source>The container is not running, so there is nothing to attach to. Start it first.</source>
        <translation>O contêiner não está em execução, então não há a que se anexar. Inicie-o primeiro.</translation>
    </message>
    <message>
        <source>The engine did not hand over the connection.</source>
        <translation>O motor não entregou a conexão.</translation>
    </message>
    <message>
        <source>The engine sent a frame of %1 MiB, more than the %2 MiB any engine sends: the session&apos;s output cannot be read.</source>
        <translation>O motor enviou um quadro de %1 MiB, mais que os %2 MiB que qualquer motor envia: a saída da sessão não pode ser lida.</translation>
    </message>
</context>
<context>
    <name>ExportContainerDialog</name>
    <message>
        <source>Export Container</source>
        <translation>Exportar contêiner</translation>
    </message>
    <message>
        <source>Export a container&apos;s files</source>
        <translation>Exportar os arquivos de um contêiner</translation>
    </message>
    <message>
        <source>Write every file of the container %1 to a tar (docker export): its image&apos;s files with the container&apos;s changes, without volumes. Import it to make an image of one layer.</source>
        <translation>Gravar todos os arquivos do contêiner %1 em um tar (docker export): os arquivos da imagem dele com as alterações do contêiner, sem os volumes. Importe-o para criar uma imagem de uma camada.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Export Container As</source>
        <translation>Exportar contêiner como</translation>
    </message>
    <message>
        <source>Exported the files of %1 to %2 (%3).</source>
        <translation>Arquivos de %1 exportados para %2 (%3).</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <source>%1 in %2 (read-only)</source>
        <translation>%1 em %2 (somente leitura)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lendo “%1”…</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>Sobre este arquivo</translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>Conteúdo de %1</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Fechar o visualizador</translation>
    </message>
    <message>
        <source>“%1” is a binary file (%2), not text: save it to this computer to open it with a program that knows it.</source>
        <translation>“%1” é um arquivo binário (%2), não texto: salve-o neste computador para abri-lo com um programa que o conheça.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 are shown. Save the file to this computer to see all of it.</source>
        <translation>Apenas os primeiros %1 de %2 são mostrados. Salve o arquivo neste computador para vê-lo inteiro.</translation>
    </message>
    <message>
        <source>%1, read-only.</source>
        <translation>%1, somente leitura.</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <source>Path in the container, for example /etc</source>
        <translation>Caminho no contêiner, por exemplo /etc</translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation>Caminho no contêiner</translation>
    </message>
    <message>
        <source>Filter the folders read so far</source>
        <translation>Filtrar as pastas lidas até agora</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrar arquivos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Read the folders again</source>
        <translation>Ler as pastas de novo</translation>
    </message>
    <message>
        <source>Save to computer…</source>
        <translation>Salvar no computador…</translation>
    </message>
    <message>
        <source>Save the selected file or folder to this computer</source>
        <translation>Salvar o arquivo ou a pasta selecionada neste computador</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Upload files into the selected folder</source>
        <translation>Enviar arquivos para a pasta selecionada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the copy</source>
        <translation>Cancelar a cópia</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Progresso da cópia</translation>
    </message>
    <message>
        <source>Files of the container</source>
        <translation>Arquivos do contêiner</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” não pôde ser lido: %2</translation>
    </message>
    <message>
        <source>Read through a shell in the container: one short command per folder, no file contents.</source>
        <translation>Lido por um shell no contêiner: um comando curto por pasta, sem o conteúdo dos arquivos.</translation>
    </message>
    <message>
        <source>Read from the engine&apos;s archive of each folder (the container is stopped or has no shell): everything below a folder is transferred to read its names, which is slow for large folders.</source>
        <translation>Lido do arquivo tar de cada pasta fornecido pelo engine (o contêiner está parado ou não tem shell): tudo o que há abaixo de uma pasta é transferido para ler os nomes, o que é lento em pastas grandes.</translation>
    </message>
    <message>
        <source>Copied %1 into “%2”.</source>
        <translation>%1 copiado para “%2”.</translation>
    </message>
    <message>
        <source>Saved “%1” in “%2”.</source>
        <translation>“%1” salvo em “%2”.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Not copied, for safety: %1</source>
        <translation>Não copiado, por segurança: %1</translation>
    </message>
    <message>
        <source>Save “%1” in a folder</source>
        <translation>Salvar “%1” em uma pasta</translation>
    </message>
    <message>
        <source>Upload files into “%1”</source>
        <translation>Enviar arquivos para “%1”</translation>
    </message>
    <message>
        <source>These files are in a container of another engine; copy them through this computer instead.</source>
        <translation>Estes arquivos estão em um contêiner de outro engine; copie-os passando por este computador.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation>Enviar arquivos…</translation>
    </message>
    <message>
        <source>Upload a folder…</source>
        <translation>Enviar uma pasta…</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nova pasta…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Show the selected text file, read-only</source>
        <translation>Mostrar o arquivo de texto selecionado, somente para leitura</translation>
    </message>
    <message>
        <source>Upload a folder into the selected folder</source>
        <translation>Enviar uma pasta para a pasta selecionada</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (running containers)</source>
        <translation>Criar uma pasta na pasta selecionada (contêineres em execução)</translation>
    </message>
    <message>
        <source>Rename the selected file or folder (running containers)</source>
        <translation>Renomear o arquivo ou a pasta selecionada (contêineres em execução)</translation>
    </message>
    <message>
        <source>Delete the selected file or folder (running containers)</source>
        <translation>Excluir o arquivo ou a pasta selecionada (contêineres em execução)</translation>
    </message>
    <message>
        <source>Open the selected file read-only</source>
        <translation>Abrir o arquivo selecionado somente para leitura</translation>
    </message>
    <message>
        <source>Upload files or a folder into the selected folder</source>
        <translation>Enviar arquivos ou uma pasta para a pasta selecionada</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder</source>
        <translation>Criar uma pasta na pasta selecionada</translation>
    </message>
    <message>
        <source>Rename the selected file or folder</source>
        <translation>Renomear o arquivo ou a pasta selecionada</translation>
    </message>
    <message>
        <source>Delete the selected file or folder</source>
        <translation>Excluir o arquivo ou a pasta selecionada</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nome da nova pasta em “%1”:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Novo nome para “%1”:</translation>
    </message>
    <message>
        <source>Fetched “%1” for the drop.</source>
        <translation>“%1” buscado para o arrastar e soltar.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing file(s) left as they were.</source>
        <translation>
            <numerusform>%n arquivo existente ficou como estava.</numerusform>
            <numerusform>%n arquivos existentes ficaram como estavam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %3 of %n file(s)</source>
        <translation>
            <numerusform>%1 de %2, %3 de %n arquivo</numerusform>
            <numerusform>%1 de %2, %3 de %n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n file(s) so far</source>
        <translation>
            <numerusform>%1, %n arquivo até agora</numerusform>
            <numerusform>%1, %n arquivos até agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying… %1</source>
        <translation>Copiando… %1</translation>
    </message>
    <message>
        <source>Replace “%1”?</source>
        <translation>Substituir “%1”?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the one being copied, or skip it and keep what is there?</source>
        <translation>“%1” já existe. Substituí-lo pelo que está sendo copiado, ou pulá-lo e manter o que está lá?</translation>
    </message>
    <message>
        <source>A file of that name exists</source>
        <translation>Já existe um arquivo com esse nome</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Substituir o arquivo existente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip this file and keep the existing one</source>
        <translation>Pular este arquivo e manter o existente</translation>
    </message>
    <message>
        <source>Do the same for every other existing file of this copy</source>
        <translation>Fazer o mesmo para todos os outros arquivos existentes desta cópia</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Aplicar a todos</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>Ações de arquivo</translation>
    </message>
    <message>
        <source>A folder name cannot be empty, “.” or “..”, nor contain “/”.</source>
        <translation>O nome de uma pasta não pode ser vazio, “.” ou “..”, nem conter “/”.</translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation>Pasta “%1” criada.</translation>
    </message>
    <message>
        <source>A name cannot be empty, “.” or “..”, nor contain “/”.</source>
        <translation>Um nome não pode ser vazio, “.” ou “..”, nem conter “/”.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” renomeado para “%2”.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Excluir “%1”?</translation>
    </message>
    <message>
        <source>The folder “%1” and everything in it will be deleted from the container %2. This cannot be undone.</source>
        <translation>A pasta “%1” e tudo o que ela contém serão excluídos do contêiner %2. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>“%1” will be deleted from the container %2. This cannot be undone.</source>
        <translation>“%1” será excluído do contêiner %2. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Confirm the deletion</source>
        <translation>Confirmar a exclusão</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” excluído.</translation>
    </message>
    <message>
        <source>Upload a folder into “%1”</source>
        <translation>Enviar uma pasta para “%1”</translation>
    </message>
    <message>
        <source>Copy to Another Container…</source>
        <translation>Copiar para outro contêiner…</translation>
    </message>
    <message>
        <source>Follow Symbolic Links</source>
        <translation>Seguir links simbólicos</translation>
    </message>
    <message>
        <source>Keep Owner (uid/gid)</source>
        <translation>Manter o dono (uid/gid)</translation>
    </message>
    <message>
        <source>Copy the selected files or folders into a folder of another container of this engine</source>
        <translation>Copiar os arquivos ou pastas selecionados para uma pasta de outro contêiner deste motor</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>Copiar para…</translation>
    </message>
    <message>
        <source>Copy the selected files or folders to another container</source>
        <translation>Copiar os arquivos ou pastas selecionados para outro contêiner</translation>
    </message>
    <message>
        <source>When a copied item is a symbolic link, copy what it points at instead of the link (docker cp -L)</source>
        <translation>Quando um item copiado é um link simbólico, copiar aquilo para que ele aponta em vez do link (docker cp -L)</translation>
    </message>
    <message>
        <source>Keep the owner&apos;s user and group IDs of the copied files (docker cp -a)</source>
        <translation>Manter os IDs de usuário e de grupo do dono dos arquivos copiados (docker cp -a)</translation>
    </message>
    <message>
        <source>Copy options</source>
        <translation>Opções de cópia</translation>
    </message>
    <message>
        <source>Options of every copy: follow symbolic links, keep the owner</source>
        <translation>Opções de toda cópia: seguir links simbólicos, manter o dono</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Fetched %1 for the drop.</source>
        <translation>%1 buscado(s) para o arrastar e soltar.</translation>
    </message>
    <message>
        <source>Copied %1 into “%2” of the container %3.</source>
        <translation>%1 copiado para “%2” do contêiner %3.</translation>
    </message>
    <message>
        <source>“%1” already exists in the container %2. Replace it with the one being copied, or skip it and keep what is there?</source>
        <translation>“%1” já existe no contêiner %2. Substituí-lo pelo que está sendo copiado, ou pulá-lo e manter o que está lá?</translation>
    </message>
</context>
<context>
    <name>FleetContainersModel</name>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 de %n em execução</numerusform>
            <numerusform>%1 de %n em execução</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inacessível</translation>
    </message>
    <message>
        <source>Engine %1: %2</source>
        <translation>Motor %1: %2</translation>
    </message>
    <message>
        <source>Engine %1: %2. %3</source>
        <translation>Motor %1: %2. %3</translation>
    </message>
    <message>
        <source>Engine %1</source>
        <translation>Motor %1</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
</context>
<context>
    <name>FleetContainersView</name>
    <message>
        <source>Containers of all engines</source>
        <translation>Contêineres de todos os motores</translation>
    </message>
    <message>
        <source>Actions on the containers of all engines</source>
        <translation>Ações nos contêineres de todos os motores</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start the selected containers, each on its engine</source>
        <translation>Iniciar os contêineres selecionados, cada um no seu motor</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the selected containers, each on its engine</source>
        <translation>Parar os contêineres selecionados, cada um no seu motor</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Restart the selected containers, each on its engine</source>
        <translation>Reiniciar os contêineres selecionados, cada um no seu motor</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the selected running containers</source>
        <translation>Pausar os contêineres selecionados em execução</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Resume the selected paused containers</source>
        <translation>Retomar os contêineres selecionados pausados</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Matar</translation>
    </message>
    <message>
        <source>Send SIGKILL to the selected running containers, as docker kill</source>
        <translation>Enviar SIGKILL aos contêineres selecionados em execução, como docker kill</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the selected stopped containers (asks first, naming them)</source>
        <translation>Remover os contêineres selecionados parados (pergunta antes, nomeando-os)</translation>
    </message>
    <message>
        <source>Open in Its Window</source>
        <translation>Abrir na Sua Janela</translation>
    </message>
    <message>
        <source>Show the container in its engine&apos;s window: details, logs, terminal</source>
        <translation>Mostrar o contêiner na janela do seu motor: detalhes, logs, terminal</translation>
    </message>
    <message>
        <source>Results of the last action</source>
        <translation>Resultados da última ação</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (em %2)</translation>
    </message>
    <message>
        <source>Remove Containers</source>
        <translation>Remover Contêineres</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n container(s)? Their volumes are kept.</source>
        <translation>
            <numerusform>Remover este %n contêiner? Seus volumes são mantidos.</numerusform>
            <numerusform>Remover estes %n contêineres? Seus volumes são mantidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed, because they are running (stop them first): %1</source>
        <translation>Não removidos, porque estão em execução (pare-os antes): %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n</source>
        <translation>
            <numerusform>&amp;Remover %n</numerusform>
            <numerusform>&amp;Remover %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Reiniciando…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pausando…</translation>
    </message>
    <message>
        <source>Unpausing…</source>
        <translation>Retomando…</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removendo…</translation>
    </message>
</context>
<context>
    <name>FleetDashboardModel</name>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>%1 (the engine&apos;s default)</source>
        <translation>%1 (o padrão do motor)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>%1 (in a shell)</source>
        <translation>%1 (em um shell)</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tempo limite</translation>
    </message>
    <message>
        <source>Start period</source>
        <translation>Período inicial</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Interval while starting</source>
        <translation>Intervalo durante o início</translation>
    </message>
    <message>
        <source>Unhealthy after</source>
        <translation>Não saudável após</translation>
    </message>
    <message numerus="yes">
        <source>%n failed run(s) in a row</source>
        <translation>
            <numerusform>%n execução com falha seguida</numerusform>
            <numerusform>%n execuções com falha seguidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed run(s) in a row (the engine&apos;s default)</source>
        <translation>
            <numerusform>%n execução com falha seguida (o padrão do motor)</numerusform>
            <numerusform>%n execuções com falha seguidas (o padrão do motor)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthLogModel</name>
    <message>
        <source>passed</source>
        <translation>passou</translation>
    </message>
    <message>
        <source>timed out or could not run</source>
        <translation>esgotou o tempo ou não pôde ser executada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No output</source>
        <translation>Sem saída</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Código de saída</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fim</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Healthcheck</source>
        <translation>Verificação de saúde</translation>
    </message>
    <message>
        <source>Container health</source>
        <translation>Saúde do contêiner</translation>
    </message>
    <message>
        <source>Health status</source>
        <translation>Estado de saúde</translation>
    </message>
    <message>
        <source>Healthcheck settings</source>
        <translation>Configurações da verificação de saúde</translation>
    </message>
    <message>
        <source>Healthcheck runs</source>
        <translation>Execuções da verificação de saúde</translation>
    </message>
    <message>
        <source>Output of the selected run</source>
        <translation>Saída da execução selecionada</translation>
    </message>
    <message>
        <source>The output of the selected run</source>
        <translation>A saída da execução selecionada</translation>
    </message>
    <message>
        <source>No container selected</source>
        <translation>Nenhum contêiner selecionado</translation>
    </message>
    <message>
        <source>Reading the container…</source>
        <translation>Lendo o contêiner…</translation>
    </message>
    <message>
        <source>This container has no healthcheck. Give it one with --health-cmd (docker run) or HEALTHCHECK in its Dockerfile.</source>
        <translation>Este contêiner não tem verificação de saúde. Dê-lhe uma com --health-cmd (docker run) ou HEALTHCHECK no Dockerfile.</translation>
    </message>
    <message>
        <source>The image&apos;s healthcheck is switched off for this container (--no-healthcheck).</source>
        <translation>A verificação de saúde da imagem está desligada para este contêiner (--no-healthcheck).</translation>
    </message>
    <message>
        <source>No check has run yet: the container is not running.</source>
        <translation>Nenhuma verificação foi executada ainda: o contêiner não está em execução.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %n failed run(s) in a row</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %n execução com falha seguida</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %n execuções com falha seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source> · not running: the checks stopped with it</source>
        <translation> · fora de execução: as verificações pararam junto</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>empty</source>
        <translation>vazia</translation>
    </message>
    <message>
        <source>No instruction was recorded for this step.</source>
        <translation>Nenhuma instrução foi registrada para esta etapa.</translation>
    </message>
    <message>
        <source>This step added no bytes: it only set metadata (ENV, CMD, LABEL…) or its layer is empty.</source>
        <translation>Esta etapa não adicionou bytes: ela só definiu metadados (ENV, CMD, LABEL…) ou sua camada está vazia.</translation>
    </message>
    <message>
        <source>%1 bytes added by this step&apos;s layer</source>
        <translation>%1 bytes adicionados pela camada desta etapa</translation>
    </message>
    <message>
        <source>This step was built elsewhere (pulled, loaded or built with BuildKit): it is part of this image, but it is not stored here as a separate image, so it has no image ID.</source>
        <translation>Esta etapa foi construída em outro lugar (baixada, carregada ou construída com BuildKit): ela faz parte desta imagem, mas não está armazenada aqui como uma imagem separada, então não tem ID de imagem.</translation>
    </message>
    <message>
        <source>empty layer, 0 bytes</source>
        <translation>camada vazia, 0 bytes</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrução</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID da imagem</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Made by line %1 of %2. Double-click to show it in the editor.</source>
        <translation>Feita pela linha %1 de %2. Clique duas vezes para vê-la no editor.</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The engine at %1 did not accept the connection in time. Is it running and reachable?</source>
        <translation>O motor em %1 não aceitou a conexão a tempo. Ele está rodando e acessível?</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time. It may be overloaded or stuck.</source>
        <translation>O motor em %1 não respondeu a tempo. Pode estar sobrecarregado ou travado.</translation>
    </message>
    <message>
        <source>No engine socket at %1. Start the engine (for example &quot;sudo systemctl start docker&quot;, or &quot;systemctl --user start podman.socket&quot; for Podman) or point DOCKER_HOST at a running one.</source>
        <translation>Não há socket de motor em %1. Inicie o motor (por exemplo &quot;sudo systemctl start docker&quot;, ou &quot;systemctl --user start podman.socket&quot; para o Podman) ou aponte DOCKER_HOST para um motor em execução.</translation>
    </message>
    <message>
        <source>%1 exists but no engine listens on it. Start the engine, or point DOCKER_HOST at a running one.</source>
        <translation>%1 existe, mas nenhum motor escuta nele. Inicie o motor ou aponte DOCKER_HOST para um motor em execução.</translation>
    </message>
    <message>
        <source>The engine socket %1 refused the connection: the engine is not running or is restarting. Start it and Cais will reconnect.</source>
        <translation>O socket do motor %1 recusou a conexão: o motor não está rodando ou está reiniciando. Inicie-o e o Cais reconecta.</translation>
    </message>
    <message>
        <source>You are not allowed to use %1. Add your user to the &quot;docker&quot; group (&quot;sudo usermod -aG docker $USER&quot;, then log in again), or use rootless Podman.</source>
        <translation>Você não tem permissão para usar %1. Adicione seu usuário ao grupo &quot;docker&quot; (&quot;sudo usermod -aG docker $USER&quot; e depois entre de novo na sessão) ou use o Podman sem root.</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time.</source>
        <translation>O motor em %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection.</source>
        <translation>O motor em %1 fechou a conexão.</translation>
    </message>
    <message>
        <source>Cannot talk to the engine at %1: %2</source>
        <translation>Não foi possível falar com o motor em %1: %2</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is unknown. Check the engine address (DOCKER_HOST).</source>
        <translation>O host &quot;%1&quot; é desconhecido. Confira o endereço do motor (DOCKER_HOST).</translation>
    </message>
    <message>
        <source>Nothing listens on %1. Start the engine, or check the address and port.</source>
        <translation>Nada escuta em %1. Inicie o motor ou confira o endereço e a porta.</translation>
    </message>
    <message>
        <source>The system does not allow a connection to %1.</source>
        <translation>O sistema não permite uma conexão com %1.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed. Check the CA, certificate and key in DOCKER_CERT_PATH, and that the engine expects TLS.</source>
        <translation>A conexão segura (TLS) com %1 falhou. Confira a CA, o certificado e a chave em DOCKER_CERT_PATH, e se o motor espera TLS.</translation>
    </message>
    <message>
        <source>The engine&apos;s TLS certificate at %1 is not trusted: %2. Check DOCKER_CERT_PATH (ca.pem) and the host name.</source>
        <translation>O certificado TLS do motor em %1 não é confiável: %2. Confira DOCKER_CERT_PATH (ca.pem) e o nome do host.</translation>
    </message>
    <message>
        <source>The data to send went away before it was sent.</source>
        <translation>Os dados a enviar sumiram antes de serem enviados.</translation>
    </message>
    <message>
        <source>The engine at %1 sent a reply Cais cannot read (%2).</source>
        <translation>O motor em %1 enviou uma resposta que o Cais não consegue ler (%2).</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection in the middle of its reply (did it stop or restart?).</source>
        <translation>O motor em %1 fechou a conexão no meio da resposta (ele parou ou reiniciou?).</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection without answering (did it stop or restart?).</source>
        <translation>O motor em %1 fechou a conexão sem responder (ele parou ou reiniciou?).</translation>
    </message>
    <message>
        <source>Cais could not read the data to send: %1</source>
        <translation>Não foi possível ler os dados a enviar: %1</translation>
    </message>
    <message>
        <source>The engine at %1 sent a reply head larger than %2 MiB; Cais stopped reading it. Is this an engine?</source>
        <translation>O motor em %1 enviou um cabeçalho de resposta maior que %2 MiB; o Cais parou de lê-lo. Isto é mesmo um motor?</translation>
    </message>
    <message>
        <source>The engine at %1 sent a reply larger than %2 MiB where a short one was due; Cais stopped reading it. Is this an engine?</source>
        <translation>O motor em %1 enviou uma resposta maior que %2 MiB onde se esperava uma curta; o Cais parou de lê-la. Isto é mesmo um motor?</translation>
    </message>
    <message>
        <source>The engine at %1 stopped in the middle of its reply and sent nothing more in time. It may be overloaded or stuck.</source>
        <translation>O motor em %1 parou no meio da resposta e não enviou mais nada a tempo. Pode estar sobrecarregado ou travado.</translation>
    </message>
    <message>
        <source>The engine at %1 wants a client certificate and Cais has none: put cert.pem and key.pem, signed by the engine&apos;s CA, in DOCKER_CERT_PATH (or in the context&apos;s TLS material).</source>
        <translation>O motor em %1 exige um certificado de cliente e o Cais não tem nenhum: coloque cert.pem e key.pem, assinados pela CA do motor, em DOCKER_CERT_PATH (ou no material TLS do contexto).</translation>
    </message>
    <message>
        <source>The engine at %1 refused this computer&apos;s client certificate (%2): it must be signed by the CA the engine trusts (its --tlscacert).</source>
        <translation>O motor em %1 recusou o certificado de cliente deste computador (%2): ele precisa ser assinado pela CA em que o motor confia (o --tlscacert dele).</translation>
    </message>
    <message>
        <source>The engine at %1 shows a certificate signed by a CA this computer does not trust%2. Put that CA&apos;s certificate as ca.pem in DOCKER_CERT_PATH (or in the context&apos;s TLS material), or check that this is the engine you mean.</source>
        <translation>O motor em %1 mostra um certificado assinado por uma CA em que este computador não confia%2. Coloque o certificado dessa CA como ca.pem em DOCKER_CERT_PATH (ou no material TLS do contexto), ou confira se este é o motor que você quer.</translation>
    </message>
    <message>
        <source> (&quot;%1&quot;)</source>
        <translation> (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate at %1 expired on %2. Renew it on the engine&apos;s host (or check this computer&apos;s clock).</source>
        <translation>O certificado do motor em %1 expirou em %2. Renove-o no host do motor (ou confira o relógio deste computador).</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate at %1 is valid only from %2: check this computer&apos;s clock, or the engine&apos;s certificate.</source>
        <translation>O certificado do motor em %1 só vale a partir de %2: confira o relógio deste computador, ou o certificado do motor.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate is for %1, not for &quot;%2&quot;. Connect with a name the certificate lists, or make the engine a certificate for this name.</source>
        <translation>O certificado do motor é para %1, não para &quot;%2&quot;. Conecte com um nome que o certificado lista, ou faça para o motor um certificado com este nome.</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>outro nome</translation>
    </message>
    <message>
        <source>No answer came through ssh from %1 in time: ssh may be stuck logging in, or the engine there does not answer. Check that &quot;ssh %2 docker version&quot; works in a terminal.</source>
        <translation>Nenhuma resposta chegou pelo ssh de %1 a tempo: o ssh pode estar preso no login, ou o motor de lá não responde. Verifique se &quot;ssh %2 docker version&quot; funciona num terminal.</translation>
    </message>
    <message>
        <source>Cannot make a socket for ssh: %1</source>
        <translation>Não foi possível criar um socket para o ssh: %1</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Type a name or a word to search Docker Hub for.</source>
        <translation>Digite um nome ou uma palavra para pesquisar no Docker Hub.</translation>
    </message>
    <message>
        <source>There is no engine to search with.</source>
        <translation>Não há motor com o qual pesquisar.</translation>
    </message>
    <message>
        <source>The engine&apos;s search answer is not a list of images.</source>
        <translation>A resposta da pesquisa do motor não é uma lista de imagens.</translation>
    </message>
    <message numerus="yes">
        <source>Docker Hub cannot be reached from the engine (no answer within %n second(s)). The engine searches on Cais&apos;s behalf; check the network, DNS and proxy settings of the engine&apos;s host.</source>
        <translation>
            <numerusform>Não foi possível alcançar o Docker Hub a partir do motor (sem resposta em %n segundo). O motor pesquisa em nome do Cais; confira as configurações de rede, DNS e proxy do host do motor.</numerusform>
            <numerusform>Não foi possível alcançar o Docker Hub a partir do motor (sem resposta em %n segundos). O motor pesquisa em nome do Cais; confira as configurações de rede, DNS e proxy do host do motor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker Hub cannot be reached from the engine (%1). The engine searches on Cais&apos;s behalf; check the network, DNS and proxy settings of the engine&apos;s host.</source>
        <translation>Não foi possível alcançar o Docker Hub a partir do motor (%1). O motor pesquisa em nome do Cais; confira as configurações de rede, DNS e proxy do host do motor.</translation>
    </message>
    <message>
        <source>Docker Hub refused the search for now: too many requests. Wait a minute and search again.</source>
        <translation>O Docker Hub recusou a pesquisa por enquanto: requisições demais. Aguarde um minuto e pesquise de novo.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Não foi possível pesquisar: %1</translation>
    </message>
</context>
<context>
    <name>ImageChanges</name>
    <message>
        <source>%1 cannot be a change: a change only sets the image&apos;s configuration (%2).</source>
        <translation>%1 não pode ser uma alteração: uma alteração só define a configuração da imagem (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an instruction. Write one of %2, then its value.</source>
        <translation>“%1” não é uma instrução. Escreva uma de %2 e depois o valor.</translation>
    </message>
    <message>
        <source>%1 needs KEY=value (for example %1 MODE=production).</source>
        <translation>%1 precisa de CHAVE=valor (por exemplo %1 MODE=production).</translation>
    </message>
    <message>
        <source>“%1” is not a port: write a number from 1 to 65535, optionally with /tcp, /udp or /sctp (for example EXPOSE 8080/tcp).</source>
        <translation>“%1” não é uma porta: escreva um número de 1 a 65535, opcionalmente com /tcp, /udp ou /sctp (por exemplo EXPOSE 8080/tcp).</translation>
    </message>
</context>
<context>
    <name>ImageDetails</name>
    <message>
        <source>Image details</source>
        <translation>Detalhes da imagem</translation>
    </message>
    <message>
        <source>Image details status</source>
        <translation>Status dos detalhes da imagem</translation>
    </message>
    <message>
        <source>Image configuration</source>
        <translation>Configuração da imagem</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Layer history</source>
        <translation>Histórico de camadas</translation>
    </message>
    <message>
        <source>Layer history summary</source>
        <translation>Resumo do histórico de camadas</translation>
    </message>
    <message>
        <source>Full instruction of the selected step</source>
        <translation>Instrução completa da etapa selecionada</translation>
    </message>
    <message>
        <source>Select a step to read its whole instruction.</source>
        <translation>Selecione uma etapa para ler a instrução inteira.</translation>
    </message>
    <message>
        <source>Search the inspect JSON</source>
        <translation>Pesquisar no JSON do inspect</translation>
    </message>
    <message>
        <source>Search the JSON</source>
        <translation>Pesquisar no JSON</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondência anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy the inspect JSON</source>
        <translation>Copiar o JSON do inspect</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Ocorrências</translation>
    </message>
    <message>
        <source>Inspect JSON</source>
        <translation>JSON do inspect</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Layer History</source>
        <translation>Histórico de camadas</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecionar</translation>
    </message>
    <message>
        <source>Select an image to see its configuration, layer history and inspect data.</source>
        <translation>Selecione uma imagem para ver a configuração, o histórico de camadas e os dados do inspect.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID da imagem</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>none (dangling)</source>
        <translation>nenhuma (órfã)</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <source>none (never pushed or pulled by digest)</source>
        <translation>nenhum (nunca enviada nem baixada por digest)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Platform (OS/architecture)</source>
        <translation>Plataforma (SO/arquitetura)</translation>
    </message>
    <message>
        <source>As the engine stores it: %1</source>
        <translation>Como o motor a armazena: %1</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Diretório de trabalho</translation>
    </message>
    <message>
        <source>/ (default)</source>
        <translation>/ (padrão)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation>root (padrão)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Portas expostas</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Stop signal</source>
        <translation>Sinal de parada</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Verificação de saúde</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>On build</source>
        <translation>On build</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Built with Docker</source>
        <translation>Build feito com Docker</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Parent image</source>
        <translation>Imagem pai</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them add no bytes</source>
        <translation>
            <numerusform>%n delas não adiciona bytes</numerusform>
            <numerusform>%n delas não adicionam bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the layers add up to %1, the image&apos;s size</source>
        <translation>as camadas somam %1, o tamanho da imagem</translation>
    </message>
    <message>
        <source>the layers add up to %1; the engine gives the image %2</source>
        <translation>as camadas somam %1; o motor informa %2 para a imagem</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) show &lt;missing&gt;: they were built elsewhere (pulled, loaded or built with BuildKit). Their layers are part of this image, but they are not stored here as separate images, so they have no image ID.</source>
        <translation>
            <numerusform>%n etapa mostra &lt;missing&gt;: ela foi construída em outro lugar (baixada, carregada ou com build feito pelo BuildKit). As camadas dela fazem parte desta imagem, mas não estão armazenadas aqui como imagens separadas, então não têm ID de imagem.</numerusform>
            <numerusform>%n etapas mostram &lt;missing&gt;: elas foram construídas em outro lugar (baixadas, carregadas ou com build feito pelo BuildKit). As camadas delas fazem parte desta imagem, mas não estão armazenadas aqui como imagens separadas, então não têm ID de imagem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageNameField</name>
    <message>
        <source>Name of the new image</source>
        <translation>Nome da nova imagem</translation>
    </message>
    <message>
        <source>repository[:tag], e.g. myapp:1.0 (optional)</source>
        <translation>repositório[:tag], p. ex. meuapp:1.0 (opcional)</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Verificação do nome</translation>
    </message>
    <message>
        <source>Without a name the image is only known by its ID.</source>
        <translation>Sem nome, a imagem só é conhecida pelo ID.</translation>
    </message>
    <message>
        <source>Will be named %1 (in full: %2)</source>
        <translation>Vai se chamar %1 (por extenso: %2)</translation>
    </message>
    <message>
        <source>Will be named %1</source>
        <translation>Vai se chamar %1</translation>
    </message>
</context>
<context>
    <name>ImagesApi</name>
    <message>
        <source>The engine&apos;s image list is not a list.</source>
        <translation>A lista de imagens do motor não é uma lista.</translation>
    </message>
    <message>
        <source>The engine&apos;s description of the image is not an object.</source>
        <translation>A descrição da imagem fornecida pelo motor não é um objeto.</translation>
    </message>
    <message>
        <source>The engine&apos;s image history is not a list.</source>
        <translation>O histórico da imagem fornecido pelo motor não é uma lista.</translation>
    </message>
    <message>
        <source>The engine&apos;s answer to a removal is not a list.</source>
        <translation>A resposta do motor a uma remoção não é uma lista.</translation>
    </message>
    <message>
        <source>The engine&apos;s container list is not a list.</source>
        <translation>A lista de contêineres do motor não é uma lista.</translation>
    </message>
    <message>
        <source>The image %1 no longer exists: it was removed meanwhile.</source>
        <translation>A imagem %1 não existe mais: foi removida nesse meio-tempo.</translation>
    </message>
    <message>
        <source>The image %1 no longer exists, so it cannot be tagged: it was removed meanwhile.</source>
        <translation>A imagem %1 não existe mais, então não é possível adicionar uma tag a ela: foi removida nesse meio-tempo.</translation>
    </message>
    <message>
        <source>The tag %1 no longer exists: it was removed or moved to another image meanwhile. Nothing was removed.</source>
        <translation>A tag %1 não existe mais: foi removida ou movida para outra imagem nesse meio-tempo. Nada foi removido.</translation>
    </message>
    <message>
        <source>The image %1 no longer exists: it was removed meanwhile. Nothing was removed.</source>
        <translation>A imagem %1 não existe mais: foi removida nesse meio-tempo. Nada foi removido.</translation>
    </message>
    <message>
        <source>%1 is used by the running container %2. Stop and remove that container first: not even a forced removal can take an image from a running container.</source>
        <translation>%1 é usada pelo contêiner em execução %2. Pare e remova esse contêiner primeiro: nem mesmo uma remoção forçada consegue tirar a imagem de um contêiner em execução.</translation>
    </message>
    <message>
        <source>%1 is used by the stopped container %2. Remove that container first, or force the removal (the container stays, without an image name).</source>
        <translation>%1 é usada pelo contêiner parado %2. Remova esse contêiner primeiro ou force a remoção (o contêiner permanece, sem nome de imagem).</translation>
    </message>
    <message>
        <source>%1 is the image&apos;s last tag and the container %2 uses the image. Remove that container first, or force the removal (the image then stays without a tag).</source>
        <translation>%1 é a última tag da imagem e o contêiner %2 usa a imagem. Remova esse contêiner primeiro ou force a remoção (a imagem então fica sem tag).</translation>
    </message>
    <message>
        <source>Other images are built on %1 (it has child images). Remove those images first.</source>
        <translation>Outras imagens são baseadas em %1 (ela tem imagens filhas). Remova essas imagens primeiro.</translation>
    </message>
    <message>
        <source>%1 has several tags. Remove the tags one by one, or force the removal to remove them all.</source>
        <translation>%1 tem várias tags. Remova as tags uma a uma ou force a remoção para remover todas.</translation>
    </message>
    <message>
        <source>The engine refused because of a conflict with %1: %2</source>
        <translation>O motor recusou por causa de um conflito com %1: %2</translation>
    </message>
    <message>
        <source>The engine refused the new name for %1: %2</source>
        <translation>O motor recusou o novo nome para %1: %2</translation>
    </message>
    <message>
        <source>The engine went away.</source>
        <translation>O motor deixou de responder.</translation>
    </message>
    <message>
        <source>The engine is already pruning: another prune is running, and it did not finish in the two minutes this one waited. Try again when it has finished.</source>
        <translation>O motor já está limpando: outra limpeza está em andamento e não terminou nos dois minutos que esta esperou. Tente de novo quando ela terminar.</translation>
    </message>
</context>
<context>
    <name>ImagesModel</name>
    <message>
        <source>Less than a second ago</source>
        <translation>Há menos de um segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>Há %n segundo</numerusform>
            <numerusform>Há %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Há %n minuto</numerusform>
            <numerusform>Há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Há %n hora</numerusform>
            <numerusform>Há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Há %n dia</numerusform>
            <numerusform>Há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Há %n semana</numerusform>
            <numerusform>Há %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Há %n mês</numerusform>
            <numerusform>Há %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Há %n ano</numerusform>
            <numerusform>Há %n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>Dangling image: no tag points to it.</source>
        <translation>Imagem órfã: nenhuma tag aponta para ela.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Criada em %1</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID da imagem</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Dangling</source>
        <translation>Órfã</translation>
    </message>
    <message>
        <source>Dangling, in use</source>
        <translation>Órfã, em uso</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Não usada</translation>
    </message>
    <message>
        <source>This engine did not say how much of the image is shared with other images.</source>
        <translation>Este motor não informou quanto da imagem é compartilhado com outras imagens.</translation>
    </message>
    <message>
        <source>Bytes in layers this image shares with other images; %1 are its own.</source>
        <translation>Bytes em camadas que esta imagem compartilha com outras imagens; %1 são só dela.</translation>
    </message>
    <message>
        <source>The containers using this image are not known yet.</source>
        <translation>Os contêineres que usam esta imagem ainda não são conhecidos.</translation>
    </message>
    <message>
        <source>Dangling: no tag points to this image, and no container uses it.</source>
        <translation>Órfã: nenhuma tag aponta para esta imagem e nenhum contêiner a usa.</translation>
    </message>
    <message>
        <source>No container uses this image.</source>
        <translation>Nenhum contêiner usa esta imagem.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Usada por: %1</translation>
    </message>
    <message>
        <source>%1
Repository digest: %2</source>
        <translation>%1
Digest do repositório: %2</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartilhado</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>%1 %2 does not report how much of an image is shared with other images.</source>
        <translation>%1 %2 não informa quanto de uma imagem é compartilhado com outras imagens.</translation>
    </message>
    <message>
        <source>%1 %2 (API %3) does not report how much of an image is shared with other images: engines report it from API 1.42 (Docker 23.0) on.</source>
        <translation>%1 %2 (API %3) não informa quanto de uma imagem é compartilhado com outras imagens: os engines informam isso a partir da API 1.42 (Docker 23.0).</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Bytes in layers an image shares with other images.</source>
        <translation>Bytes em camadas que uma imagem compartilha com outras imagens.</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Filter by repository, tag, ID or label</source>
        <translation>Filtrar por repositório, tag, ID ou label</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>Filtrar imagens</translation>
    </message>
    <message>
        <source>Number of images</source>
        <translation>Número de imagens</translation>
    </message>
    <message>
        <source>Image list</source>
        <translation>Lista de imagens</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 de %n imagem</numerusform>
            <numerusform>%1 de %n imagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Image actions</source>
        <translation>Ações de imagem</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Give the selected image another name (docker tag)</source>
        <translation>Dar outro nome à imagem selecionada (docker tag)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the selected image, or the selected tag (Delete)</source>
        <translation>Remover a imagem selecionada ou a tag selecionada (Delete)</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Limpar…</translation>
    </message>
    <message>
        <source>Remove dangling or unused images, after a preview of what goes</source>
        <translation>Remover imagens órfãs ou não usadas, após uma prévia do que será removido</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>Baixar…</translation>
    </message>
    <message>
        <source>Pull an image from a registry</source>
        <translation>Baixar uma imagem de um registro</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Push the selected tag to its registry</source>
        <translation>Enviar a tag selecionada para o registro dela</translation>
    </message>
    <message>
        <source>Search Docker Hub…</source>
        <translation>Pesquisar no Docker Hub…</translation>
    </message>
    <message>
        <source>Find images on Docker Hub</source>
        <translation>Encontrar imagens no Docker Hub</translation>
    </message>
    <message>
        <source>Dangling</source>
        <translation>Órfãs</translation>
    </message>
    <message>
        <source>Show images without a tag</source>
        <translation>Mostrar imagens sem tag</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Show images that containers use</source>
        <translation>Mostrar imagens usadas por contêineres</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Não usadas</translation>
    </message>
    <message>
        <source>Show images no container uses</source>
        <translation>Mostrar imagens que nenhum contêiner usa</translation>
    </message>
    <message>
        <source>With none of these on, every image shows.</source>
        <translation>Com nenhum destes ativado, todas as imagens são mostradas.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
    <message>
        <source>Dangling, in use</source>
        <translation>Órfã, em uso</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Remover tag…</translation>
    </message>
    <message>
        <source>Untag %1…</source>
        <translation>Remover a tag %1…</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>Remover tag</translation>
    </message>
    <message>
        <source>Push %1…</source>
        <translation>Enviar %1…</translation>
    </message>
    <message>
        <source>Remove Image…</source>
        <translation>Remover imagem…</translation>
    </message>
    <message>
        <source>Copy Image ID</source>
        <translation>Copiar ID da imagem</translation>
    </message>
    <message>
        <source>Copy Name %1</source>
        <translation>Copiar o nome %1</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Executar…</translation>
    </message>
    <message>
        <source>Run a container of the selected image (Enter)</source>
        <translation>Executar um contêiner da imagem selecionada (Enter)</translation>
    </message>
    <message>
        <source>Save images to a .tar or .tar.gz archive (docker save)</source>
        <translation>Salvar imagens em um arquivo .tar ou .tar.gz (docker save)</translation>
    </message>
    <message>
        <source>Load the images of an archive (docker load)</source>
        <translation>Carregar as imagens de um arquivo (docker load)</translation>
    </message>
    <message>
        <source>Make an image from a tar of files (docker import)</source>
        <translation>Criar uma imagem a partir de um tar de arquivos (docker import)</translation>
    </message>
    <message>
        <source>Save Images…</source>
        <translation>Salvar imagens…</translation>
    </message>
    <message>
        <source>Load Images…</source>
        <translation>Carregar imagens…</translation>
    </message>
    <message>
        <source>Import Image…</source>
        <translation>Importar imagem…</translation>
    </message>
    <message>
        <source>Save/Load</source>
        <translation>Salvar/Carregar</translation>
    </message>
    <message>
        <source>Save images to an archive, load an archive, or import a tar of files</source>
        <translation>Salvar imagens em um arquivo, carregar um arquivo ou importar um tar de arquivos</translation>
    </message>
    <message>
        <source>Save, load or import images</source>
        <translation>Salvar, carregar ou importar imagens</translation>
    </message>
    <message>
        <source>Image archives</source>
        <translation>Arquivos de imagens</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Images…</source>
        <translation>
            <numerusform>Remover %n imagem…</numerusform>
            <numerusform>Remover %n imagens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Push %n Tags…</source>
        <translation>
            <numerusform>Enviar %n Tag…</numerusform>
            <numerusform>Enviar %n Tags…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot push %1: %2</source>
        <translation>Não é possível enviar %1: %2</translation>
    </message>
    <message>
        <source>Push Tags</source>
        <translation>Enviar Tags</translation>
    </message>
    <message numerus="yes">
        <source>Push %n tag(s)? Each goes to the registry its name says:</source>
        <translation>
            <numerusform>Enviar %n tag? Cada uma vai para o registro que o nome indica:</numerusform>
            <numerusform>Enviar %n tags? Cada uma vai para o registro que o nome indica:</numerusform>
        </translation>
    </message>
    <message>
        <source>Push tags</source>
        <translation>Enviar tags</translation>
    </message>
    <message numerus="yes">
        <source>Push %n Tag(s)</source>
        <translation>
            <numerusform>Enviar %n Tag</numerusform>
            <numerusform>Enviar %n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Names…</source>
        <translation>
            <numerusform>Marcar %n Nome…</numerusform>
            <numerusform>Marcar %n Nomes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportImageDialog</name>
    <message>
        <source>Import Image</source>
        <translation>Importar imagem</translation>
    </message>
    <message>
        <source>Import a tar of files as an image</source>
        <translation>Importar um tar de arquivos como imagem</translation>
    </message>
    <message>
        <source>Make an image of one layer from a tar of files, such as docker export writes (docker import). The image has no configuration but what the changes set.</source>
        <translation>Criar uma imagem de uma camada a partir de um tar de arquivos, como o que docker export grava (docker import). A imagem não tem configuração além da que as alterações definem.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Import Image From</source>
        <translation>Importar imagem de</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Shown as the comment of the image&apos;s layer (optional)</source>
        <translation>Mostrada como o comentário da camada da imagem (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>A&amp;lterações:</translation>
    </message>
    <message>
        <source>Imported as the image %1 (no name).</source>
        <translation>Importado como a imagem %1 (sem nome).</translation>
    </message>
    <message>
        <source>Imported as %1 (%2).</source>
        <translation>Importado como %1 (%2).</translation>
    </message>
    <message>
        <source>Everything is sent; the engine is making the image…</source>
        <translation>Tudo enviado; o motor está criando a imagem…</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Compute Size</source>
        <translation>Calcular tamanho</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Container details</source>
        <translation>Detalhes do contêiner</translation>
    </message>
    <message>
        <source>Inspected container</source>
        <translation>Contêiner inspecionado</translation>
    </message>
    <message>
        <source>Search the container&apos;s details</source>
        <translation>Pesquisar nos detalhes do contêiner</translation>
    </message>
    <message>
        <source>Search details</source>
        <translation>Pesquisar detalhes</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Show the engine&apos;s raw answer (docker inspect)</source>
        <translation>Mostrar a resposta bruta do motor (docker inspect)</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Mostrar JSON bruto</translation>
    </message>
    <message>
        <source>Compute the container&apos;s size</source>
        <translation>Calcular o tamanho do contêiner</translation>
    </message>
    <message>
        <source>Asks the engine for the size of the container&apos;s files. This can take a while for big containers.</source>
        <translation>Pede ao motor o tamanho dos arquivos do contêiner. Pode demorar em contêineres grandes.</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copiar os detalhes</translation>
    </message>
    <message>
        <source>Copy the selected rows, or everything shown</source>
        <translation>Copiar as linhas selecionadas, ou tudo o que é mostrado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy Selected Rows</source>
        <translation>Copiar linhas selecionadas</translation>
    </message>
    <message>
        <source>Raw JSON of the container</source>
        <translation>JSON bruto do contêiner</translation>
    </message>
    <message>
        <source>Details status</source>
        <translation>Estado dos detalhes</translation>
    </message>
    <message>
        <source>No container selected</source>
        <translation>Nenhum contêiner selecionado</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find in JSON (Enter: next, Shift+Enter: previous)</source>
        <translation>Localizar no JSON (Enter: próximo, Shift+Enter: anterior)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID da imagem</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Executa</translation>
    </message>
    <message>
        <source>Restart count</source>
        <translation>Contagem de reinícios</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation>Driver de armazenamento</translation>
    </message>
    <message>
        <source>Size of the writable layer</source>
        <translation>Tamanho da camada gravável</translation>
    </message>
    <message>
        <source>Size with the image</source>
        <translation>Tamanho com a imagem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <source>Killed for lack of memory</source>
        <translation>Encerrado por falta de memória</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>ID do processo</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Código de saída</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Failing streak</source>
        <translation>Falhas seguidas</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Diretório de trabalho</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Terminal (TTY)</source>
        <translation>Terminal (TTY)</translation>
    </message>
    <message>
        <source>Standard input open</source>
        <translation>Entrada padrão aberta</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variável</numerusform>
            <numerusform>%n variáveis</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Portas expostas</translation>
    </message>
    <message>
        <source>Host configuration</source>
        <translation>Configuração do host</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Política de reinício</translation>
    </message>
    <message>
        <source>Removed when it exits</source>
        <translation>Removido ao sair</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Modo de rede</translation>
    </message>
    <message>
        <source>Port bindings</source>
        <translation>Mapeamentos de portas</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n porta</numerusform>
            <numerusform>%n portas</numerusform>
        </translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>todos os endereços</translation>
    </message>
    <message>
        <source>any port</source>
        <translation>qualquer porta</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiado</translation>
    </message>
    <message>
        <source>Read-only root file system</source>
        <translation>Sistema de arquivos raiz somente leitura</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de memória</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite de CPU</translation>
    </message>
    <message>
        <source>Mounts (%1)</source>
        <translation>Montagens (%1)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>leitura e escrita</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Gravável</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation>Propagação</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Configurações de rede</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Portas publicadas</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>não publicada</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Rede %1</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Comprimento do prefixo</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Endereço MAC</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>Endereço IPv6</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>Nomes DNS</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Nothing in the JSON matches &quot;%1&quot;.</source>
        <translation>Nada no JSON corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No detail matches &quot;%1&quot;.</source>
        <translation>Nenhum detalhe corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Published ports to open in a browser</source>
        <translation>Portas publicadas para abrir no navegador</translation>
    </message>
    <message>
        <source>Open in a browser: %1</source>
        <translation>Abrir no navegador: %1</translation>
    </message>
    <message>
        <source>Check at %1</source>
        <translation>Verificação em %1</translation>
    </message>
    <message>
        <source>exit code %1, %2</source>
        <translation>código de saída %1, %2</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation>Verificação de saúde</translation>
    </message>
    <message>
        <source>Switched off (--no-healthcheck)</source>
        <translation>Desligada (--no-healthcheck)</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <source>Open %1 (double-click or Enter)</source>
        <translation>Abrir %1 (clique duplo ou Enter)</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Adicionar uma linha em %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Remover a linha selecionada de %1</translation>
    </message>
</context>
<context>
    <name>LoadImagesDialog</name>
    <message>
        <source>Load Images</source>
        <translation>Carregar imagens</translation>
    </message>
    <message>
        <source>Load images from an archive</source>
        <translation>Carregar imagens de um arquivo</translation>
    </message>
    <message>
        <source>Load the images of an archive made by docker save or podman save (docker load). A .tar, or a compressed one (.tar.gz, .tar.xz, .tar.bz2, .tar.zst). Images with the same names are replaced.</source>
        <translation>Carregar as imagens de um arquivo feito por docker save ou podman save (docker load). Um .tar, ou um compactado (.tar.gz, .tar.xz, .tar.bz2, .tar.zst). Imagens com os mesmos nomes são substituídas.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Carregar</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Load Images From</source>
        <translation>Carregar imagens de</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>Carregado: %1.</translation>
    </message>
    <message>
        <source>Everything is sent; the engine is loading the images…</source>
        <translation>Tudo enviado; o motor está carregando as imagens…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Fazer login em %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>The registry &lt;b&gt;%1&lt;/b&gt; asks for credentials.</source>
        <translation>O registro &lt;b&gt;%1&lt;/b&gt; pede credenciais.</translation>
    </message>
    <message>
        <source>Why credentials are needed</source>
        <translation>Por que as credenciais são necessárias</translation>
    </message>
    <message>
        <source>The registry&apos;s answer</source>
        <translation>A resposta do registro</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password or access token</source>
        <translation>Senha ou token de acesso</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Senha ou token:</translation>
    </message>
    <message>
        <source>Cais keeps these credentials in memory until it quits. They are not saved; to save them, use “docker login”.</source>
        <translation>O Cais guarda estas credenciais na memória até ser fechado. Elas não são salvas; para salvá-las, use “docker login”.</translation>
    </message>
    <message>
        <source>Where the credentials are kept</source>
        <translation>Onde as credenciais ficam guardadas</translation>
    </message>
    <message>
        <source>Log in and retry</source>
        <translation>Fazer login e tentar de novo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
</context>
<context>
    <name>LogsModel</name>
    <message>
        <source>The log could not be written: %1</source>
        <translation>Não foi possível gravar o log: %1</translation>
    </message>
    <message>
        <source>stderr: %1</source>
        <translation>stderr: %1</translation>
    </message>
</context>
<context>
    <name>LogsStream</name>
    <message>
        <source>The engine&apos;s log stream could not be read: it is not in the expected format.</source>
        <translation>Não foi possível ler o fluxo de log do motor: ele não está no formato esperado.</translation>
    </message>
    <message>
        <source>The engine&apos;s log stream ended in the middle of a message.</source>
        <translation>O fluxo de log do motor terminou no meio de uma mensagem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write a duration such as 10m or 1h30m, a date such as 2024-05-01, a time such as 2024-05-01T10:00:00Z, or unix seconds.</source>
        <translation>&quot;%1&quot; não é um horário. Escreva uma duração como 10m ou 1h30m, uma data como 2024-05-01, um horário como 2024-05-01T10:00:00Z, ou segundos unix.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>The engine&apos;s description of the container could not be read.</source>
        <translation>Não foi possível ler a descrição do contêiner enviada pelo motor.</translation>
    </message>
    <message>
        <source>The engine stopped sending the logs: %1</source>
        <translation>O motor parou de enviar os logs: %1</translation>
    </message>
    <message>
        <source>The engine&apos;s log stream could not be read: it announced a message of %1 MiB, more than the %2 MiB any engine sends.</source>
        <translation>O fluxo de logs do motor não pôde ser lido: ele anunciou uma mensagem de %1 MiB, mais que os %2 MiB que qualquer motor envia.</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <source>Container logs</source>
        <translation>Logs do contêiner</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Acompanhar</translation>
    </message>
    <message>
        <source>Show new lines as the container writes them</source>
        <translation>Mostrar novas linhas à medida que o contêiner as escreve</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>Acompanhar novas linhas</translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation>&amp;Horários</translation>
    </message>
    <message>
        <source>Show when each line was written</source>
        <translation>Mostrar quando cada linha foi escrita</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Mostrar horários</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>&amp;Quebrar linhas</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Quebrar linhas longas</translation>
    </message>
    <message>
        <source>T&amp;ail:</source>
        <translation>Ú&amp;ltimas:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>How many of the last lines to load (All: the whole log)</source>
        <translation>Quantas das últimas linhas carregar (Todas: o log inteiro)</translation>
    </message>
    <message>
        <source>Number of last lines to load</source>
        <translation>Número de últimas linhas a carregar</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>e.g. 10m, 2h, 2024-05-01</source>
        <translation>ex.: 10m, 2h, 2024-05-01</translation>
    </message>
    <message>
        <source>Only lines written since this time: a duration before now (10m, 1h30m), a date, or a date and time</source>
        <translation>Só as linhas escritas desde esse momento: uma duração antes de agora (10m, 1h30m), uma data, ou uma data e hora</translation>
    </message>
    <message>
        <source>Only lines since</source>
        <translation>Só linhas desde</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Load the logs again with this tail and since</source>
        <translation>Carregar os logs de novo com estas opções de tail e desde</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Save the lines shown to a file</source>
        <translation>Salvar em um arquivo as linhas exibidas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Empty the view; new lines keep coming</source>
        <translation>Esvaziar a visualização; novas linhas continuam chegando</translation>
    </message>
    <message>
        <source>Search the logs</source>
        <translation>Pesquisar nos logs</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Diferenciar &amp;maiúsculas</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Ir para a ocorrência anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Go to the next match (F3)</source>
        <translation>Ir para a próxima ocorrência (F3)</translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation>Ocorrências da pesquisa</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Linhas do log</translation>
    </message>
    <message>
        <source>Logs status</source>
        <translation>Status dos logs</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausado.</translation>
    </message>
    <message>
        <source>Following.</source>
        <translation>Acompanhando.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>The log ended: the container stopped.</source>
        <translation>O log terminou: o contêiner parou.</translation>
    </message>
    <message>
        <source>All requested lines are loaded.</source>
        <translation>Todas as linhas pedidas foram carregadas.</translation>
    </message>
    <message>
        <source>Following resumes when the container starts again</source>
        <translation>O acompanhamento recomeça quando o contêiner iniciar de novo</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhuma ocorrência</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
    <message>
        <source>Save Logs</source>
        <translation>Salvar logs</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Arquivos de texto (*.txt *.log);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>%n linha salva em %1.</numerusform>
            <numerusform>%n linhas salvas em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown.</source>
        <translation>
            <numerusform>%n linha exibida.</numerusform>
            <numerusform>%n linhas exibidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest %1 lines were let go; the view keeps the newest %2.</source>
        <translation>As %1 linhas mais antigas foram descartadas; a visualização mantém as %2 mais recentes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cais</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Could not list images: %1</source>
        <translation>Não foi possível listar as imagens: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Cais</source>
        <translation>&amp;Sobre o Cais</translation>
    </message>
    <message>
        <source>About Cais</source>
        <translation>Sobre o Cais</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cais %1&lt;/h3&gt;&lt;p&gt;A native desktop for Docker and Podman images and containers.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Cais&lt;/i&gt; is Portuguese for quay: where containers are loaded and unloaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cais %1&lt;/h3&gt;&lt;p&gt;Um aplicativo nativo para imagens e contêineres Docker e Podman.&lt;/p&gt;&lt;p&gt;O &lt;i&gt;cais&lt;/i&gt; é onde os contêineres são carregados e descarregados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No engine</source>
        <translation>Sem motor</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Desconectado: %1</translation>
    </message>
    <message>
        <source>%1 %2 · API %3 · %4 · %5</source>
        <translation>%1 %2 · API %3 · %4 · %5</translation>
    </message>
    <message>
        <source>%1 %2 on %3 (%4/%5), engine API up to %6, Cais uses %7</source>
        <translation>%1 %2 em %3 (%4/%5), API do motor até %6, o Cais usa %7</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminais</translation>
    </message>
    <message>
        <source>Open &amp;Terminal…</source>
        <translation>Abrir &amp;terminal…</translation>
    </message>
    <message>
        <source>Run a command (a shell by default) in the selected container, like docker exec -it</source>
        <translation>Executar um comando (um shell, por padrão) no contêiner selecionado, como docker exec -it</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Built %1: it is selected on the Images page.</source>
        <translation>Build de %1 concluído: a imagem está selecionada na página Imagens.</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Mais menus</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Limpar…</translation>
    </message>
    <message>
        <source>Remove the stopped containers (docker container prune), after a preview of each one and the space it frees</source>
        <translation>Remove os contêineres parados (docker container prune), depois de uma prévia de cada um e do espaço que libera</translation>
    </message>
    <message>
        <source>Prune stopped containers</source>
        <translation>Limpar contêineres parados</translation>
    </message>
    <message>
        <source>Show Cais</source>
        <translation>Mostrar o Cais</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Notify When It Stops Unexpectedly</source>
        <translation>Notificar quando parar inesperadamente</translation>
    </message>
    <message>
        <source>Show a desktop notification when this container exits without being stopped or turns unhealthy</source>
        <translation>Mostrar uma notificação na área de trabalho quando este contêiner terminar sem ter sido parado ou deixar de estar saudável</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Every container is watched; choose containers one by one in Settings &gt; Preferences</source>
        <translation>Todos os contêineres são observados; escolha contêineres um a um em Configurações &gt; Preferências</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <source>Open &amp;Compose File…</source>
        <translation>Abrir arquivo &amp;Compose…</translation>
    </message>
    <message>
        <source>Open a compose.yaml or docker-compose.yml, see its services and bring it up or down</source>
        <translation>Abrir um compose.yaml ou docker-compose.yml, ver seus serviços e subir ou derrubar o projeto</translation>
    </message>
    <message>
        <source>Cais — %1</source>
        <translation>Cais — %1</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Mostrar a página %1</translation>
    </message>
</context>
<context>
    <name>MountSpec</name>
    <message>
        <source>A volume (-v) is empty.</source>
        <translation>Um volume (-v) está vazio.</translation>
    </message>
    <message>
        <source>Volume %1: expected host-path-or-volume:container-path[:ro].</source>
        <translation>Volume %1: esperado caminho-do-host-ou-volume:caminho-no-contêiner[:ro].</translation>
    </message>
    <message>
        <source>Volume %1: Cais knows the options ro and rw, not &quot;%2&quot;.</source>
        <translation>Volume %1: o Cais conhece as opções ro e rw, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Volume %1: the host path or volume name before &quot;:&quot; is empty.</source>
        <translation>Volume %1: o caminho do host ou nome do volume antes de &quot;:&quot; está vazio.</translation>
    </message>
    <message>
        <source>Volume %1: the host path %2 is relative; write it as an absolute path (starting with /).</source>
        <translation>Volume %1: o caminho do host %2 é relativo; escreva-o como caminho absoluto (começando com /).</translation>
    </message>
    <message>
        <source>Volume %1: &quot;%2&quot; is neither an absolute host path nor a volume name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>Volume %1: &quot;%2&quot; não é um caminho absoluto do host nem um nome de volume (letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Volume %1: the path in the container is missing.</source>
        <translation>Volume %1: falta o caminho no contêiner.</translation>
    </message>
    <message>
        <source>Volume %1: the path in the container must be absolute (start with /), not &quot;%2&quot;.</source>
        <translation>Volume %1: o caminho no contêiner deve ser absoluto (começar com /), não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Mount %1: the type must be bind, volume or tmpfs, not &quot;%2&quot;.</source>
        <translation>Montagem %1: o tipo deve ser bind, volume ou tmpfs, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Mount %1: readonly must be true or false, not &quot;%2&quot;.</source>
        <translation>Montagem %1: readonly deve ser true ou false, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Mount %1: Cais cannot set the option &quot;%2&quot;; it knows type, source, target and readonly.</source>
        <translation>Montagem %1: não foi possível definir a opção &quot;%2&quot;; o Cais conhece type, source, target e readonly.</translation>
    </message>
    <message>
        <source>Mount %1: the target (the path in the container) is missing.</source>
        <translation>Montagem %1: falta o target (o caminho no contêiner).</translation>
    </message>
    <message>
        <source>Mount %1: the target must be an absolute path (start with /), not &quot;%2&quot;.</source>
        <translation>Montagem %1: o target deve ser um caminho absoluto (começar com /), não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Mount %1: a bind mount needs a source (the host path).</source>
        <translation>Montagem %1: uma montagem bind precisa de um source (o caminho do host).</translation>
    </message>
    <message>
        <source>Mount %1: the host path %2 is relative; write it as an absolute path (starting with /).</source>
        <translation>Montagem %1: o caminho do host %2 é relativo; escreva-o como caminho absoluto (começando com /).</translation>
    </message>
    <message>
        <source>Mount %1: &quot;%2&quot; is not a valid volume name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>Montagem %1: &quot;%2&quot; não é um nome de volume válido (letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Mount %1: a tmpfs mount has no source.</source>
        <translation>Montagem %1: uma montagem tmpfs não tem source.</translation>
    </message>
</context>
<context>
    <name>NetworksApi</name>
    <message>
        <source>The network needs a name.</source>
        <translation>A rede precisa de um nome.</translation>
    </message>
    <message>
        <source>“%1” is not a valid network name: use letters, digits, “_”, “.” and “-”, starting with a letter or digit.</source>
        <translation>“%1” não é um nome de rede válido: use letras, dígitos, “_”, “.” e “-”, começando por uma letra ou um dígito.</translation>
    </message>
    <message>
        <source>The subnet “%1” is not an address range in CIDR form, such as 10.10.0.0/24.</source>
        <translation>A sub-rede “%1” não é uma faixa de endereços na forma CIDR, como 10.10.0.0/24.</translation>
    </message>
    <message>
        <source>The subnet “%1” has host bits set: did you mean %2/%3?</source>
        <translation>A sub-rede “%1” tem bits de host definidos: você quis dizer %2/%3?</translation>
    </message>
    <message>
        <source>The gateway “%1” is not an IP address.</source>
        <translation>O gateway “%1” não é um endereço IP.</translation>
    </message>
    <message>
        <source>A gateway needs a subnet to lie in: give the subnet too.</source>
        <translation>Um gateway precisa de uma sub-rede que o contenha: informe também a sub-rede.</translation>
    </message>
    <message>
        <source>The gateway %1 is not in the subnet %2.</source>
        <translation>O gateway %1 não está na sub-rede %2.</translation>
    </message>
    <message>
        <source>The IP range “%1” is not an address range in CIDR form, such as 10.10.0.128/25.</source>
        <translation>A faixa de IPs “%1” não é uma faixa de endereços na forma CIDR, como 10.10.0.128/25.</translation>
    </message>
    <message>
        <source>An IP range needs a subnet to lie in: give the subnet too.</source>
        <translation>Uma faixa de IPs precisa de uma sub-rede que a contenha: informe também a sub-rede.</translation>
    </message>
    <message>
        <source>The IP range %1 is not inside the subnet %2.</source>
        <translation>A faixa de IPs %1 não está dentro da sub-rede %2.</translation>
    </message>
    <message>
        <source>The engine&apos;s network list is not a list.</source>
        <translation>A lista de redes do motor não é uma lista.</translation>
    </message>
    <message>
        <source>The engine&apos;s description of the network is not an object.</source>
        <translation>A descrição da rede dada pelo motor não é um objeto.</translation>
    </message>
    <message>
        <source>The engine&apos;s container list is not a list.</source>
        <translation>A lista de contêineres do motor não é uma lista.</translation>
    </message>
    <message>
        <source>The container no longer exists: it was removed meanwhile.</source>
        <translation>O contêiner não existe mais: foi removido nesse meio-tempo.</translation>
    </message>
    <message>
        <source>The network %1 no longer exists: it was removed meanwhile.</source>
        <translation>A rede %1 não existe mais: foi removida nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Running containers are still attached to %1. Disconnect or stop them first.</source>
        <translation>Há contêineres em execução ainda conectados a %1. Desconecte-os ou pare-os primeiro.</translation>
    </message>
    <message>
        <source>%1 is one of the engine&apos;s own networks: it cannot be removed.</source>
        <translation>%1 é uma das redes próprias do motor: não pode ser removida.</translation>
    </message>
    <message>
        <source>A network named %1 exists already: choose another name.</source>
        <translation>Já existe uma rede chamada %1: escolha outro nome.</translation>
    </message>
    <message>
        <source>The subnet of %1 overlaps a network that exists: choose another subnet.</source>
        <translation>A sub-rede de %1 se sobrepõe a uma rede existente: escolha outra sub-rede.</translation>
    </message>
    <message>
        <source>This driver needs the engine to be part of a swarm (docker swarm init): %1 was not created.</source>
        <translation>Este driver precisa que o motor faça parte de um swarm (docker swarm init): %1 não foi criada.</translation>
    </message>
    <message>
        <source>The engine&apos;s host does not support this driver (macvlan and ipvlan need a parent interface the engine may use): %1 was not created.</source>
        <translation>O host do motor não suporta este driver (macvlan e ipvlan precisam de uma interface pai que o motor possa usar): %1 não foi criada.</translation>
    </message>
    <message>
        <source>The engine could not create the network %1: %2</source>
        <translation>O motor não conseguiu criar a rede %1: %2</translation>
    </message>
    <message>
        <source>The container uses the “none” network, which excludes every other: it cannot join %1.</source>
        <translation>O contêiner usa a rede “none”, que exclui todas as outras: ele não pode entrar em %1.</translation>
    </message>
    <message>
        <source>The container is already connected to %1.</source>
        <translation>O contêiner já está conectado a %1.</translation>
    </message>
    <message>
        <source>The engine could not connect the container to %1: %2</source>
        <translation>O motor não conseguiu conectar o contêiner a %1: %2</translation>
    </message>
    <message>
        <source>The engine could not disconnect the container from %1: %2</source>
        <translation>O motor não conseguiu desconectar o contêiner de %1: %2</translation>
    </message>
    <message>
        <source>Containers, running or stopped, are still attached to %1. Disconnect or remove them first.</source>
        <translation>Há contêineres, em execução ou parados, ainda conectados a %1. Desconecte-os ou remova-os primeiro.</translation>
    </message>
    <message>
        <source>The container was made without a network of its own (“none”, or the host&apos;s or another container&apos;s), which excludes every other: it cannot join %1.</source>
        <translation>O contêiner foi criado sem uma rede própria (“none”, ou a do host ou a de outro contêiner), o que exclui todas as outras: ele não pode entrar em %1.</translation>
    </message>
    <message>
        <source>The engine is already pruning: another prune is running, and it did not finish in the two minutes this one waited. Try again when it has finished.</source>
        <translation>O motor já está limpando: outra limpeza está em andamento e não terminou nos dois minutos que esta esperou. Tente de novo quando ela terminar.</translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>%1
One of the engine&apos;s own networks: it cannot be removed.</source>
        <translation>%1
Uma das redes próprias do motor: não pode ser removida.</translation>
    </message>
    <message>
        <source>Internal: containers on it reach each other, but not the outside world.</source>
        <translation>Interna: os contêineres nela se alcançam entre si, mas não alcançam o mundo exterior.</translation>
    </message>
    <message>
        <source>Not internal: containers on it can reach other networks through its gateway.</source>
        <translation>Não interna: os contêineres nela podem alcançar outras redes pelo seu gateway.</translation>
    </message>
    <message>
        <source>No container is attached to this network.</source>
        <translation>Nenhum contêiner está conectado a esta rede.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Not internal</source>
        <translation>Não interna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sub-rede</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Network ID</source>
        <translation>ID da rede</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>Network actions</source>
        <translation>Ações de rede</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Criar…</translation>
    </message>
    <message>
        <source>Create a network (docker network create)</source>
        <translation>Criar uma rede (docker network create)</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connect a container to the selected network</source>
        <translation>Conectar um contêiner à rede selecionada</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Desconectar…</translation>
    </message>
    <message>
        <source>Disconnect a container from the selected network</source>
        <translation>Desconectar um contêiner da rede selecionada</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the selected network (Delete)</source>
        <translation>Remover a rede selecionada (Delete)</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Limpar…</translation>
    </message>
    <message>
        <source>Remove the networks no container uses, after a preview</source>
        <translation>Remover as redes que nenhum contêiner usa, após uma prévia</translation>
    </message>
    <message>
        <source>Filter by name, driver, subnet, label or container</source>
        <translation>Filtrar por nome, driver, sub-rede, label ou contêiner</translation>
    </message>
    <message>
        <source>Filter networks</source>
        <translation>Filtrar redes</translation>
    </message>
    <message>
        <source>Number of networks</source>
        <translation>Número de redes</translation>
    </message>
    <message>
        <source>Network list</source>
        <translation>Lista de redes</translation>
    </message>
    <message>
        <source>Containers on the network</source>
        <translation>Contêineres na rede</translation>
    </message>
    <message>
        <source>Network details (docker network inspect)</source>
        <translation>Detalhes da rede (docker network inspect)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n rede</numerusform>
            <numerusform>%n redes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n network(s)</source>
        <translation>
            <numerusform>%1 de %n rede</numerusform>
            <numerusform>%1 de %n redes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a network to see its containers and details.</source>
        <translation>Selecione uma rede para ver seus contêineres e detalhes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Containers:</source>
        <translation>Contêineres:</translation>
    </message>
    <message>
        <source>No container is attached to this network.</source>
        <translation>Nenhum contêiner está conectado a esta rede.</translation>
    </message>
    <message>
        <source>Container to disconnect</source>
        <translation>Contêiner a desconectar</translation>
    </message>
    <message>
        <source>Disconnect Container</source>
        <translation>Desconectar contêiner</translation>
    </message>
    <message>
        <source>Disconnect the container %1 from the network %2? It loses its address and aliases there.</source>
        <translation>Desconectar o contêiner %1 da rede %2? Ele perde seu endereço e seus apelidos nela.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>%1 was disconnected from %2.</source>
        <translation>%1 foi desconectado de %2.</translation>
    </message>
    <message>
        <source>Container %1 (%2) is attached to it</source>
        <translation>O contêiner %1 (%2) está conectado a ela</translation>
    </message>
    <message>
        <source>Remove the network %1 (%2)?</source>
        <translation>Remover a rede %1 (%2)?</translation>
    </message>
    <message>
        <source>Remove the network %1 (%2)? Running containers must be disconnected first; stopped ones lose it.</source>
        <translation>Remover a rede %1 (%2)? Contêineres em execução precisam ser desconectados antes; os parados a perdem.</translation>
    </message>
    <message>
        <source>Remove Network</source>
        <translation>Remover rede</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>The network %1 was removed.</source>
        <translation>A rede %1 foi removida.</translation>
    </message>
</context>
<context>
    <name>PortLink</name>
    <message>
        <source>This port is not published on the host.</source>
        <translation>Esta porta não está publicada no host.</translation>
    </message>
    <message>
        <source>%1 port: a browser opens TCP ports only.</source>
        <translation>Porta %1: um navegador só abre portas TCP.</translation>
    </message>
    <message>
        <source>Bound to %1 on the engine&apos;s host %2: only that computer can open it (or a tunnel to it).</source>
        <translation>Vinculada a %1 no host %2 do motor: só aquele computador pode abri-la (ou um túnel até ele).</translation>
    </message>
    <message>
        <source>%1:%2 → %3/%4</source>
        <translation>%1:%2 → %3/%4</translation>
    </message>
</context>
<context>
    <name>PortMapping</name>
    <message>
        <source>Port mapping %1: &quot;%2&quot; is not an IP address.</source>
        <translation>Mapeamento de porta %1: &quot;%2&quot; não é um endereço IP.</translation>
    </message>
    <message>
        <source>Port mapping %1: the protocol must be tcp, udp or sctp, not &quot;%2&quot;.</source>
        <translation>Mapeamento de porta %1: o protocolo deve ser tcp, udp ou sctp, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Port mapping %1: the container port is missing.</source>
        <translation>Mapeamento de porta %1: falta a porta do contêiner.</translation>
    </message>
    <message>
        <source>Port mapping %1: &quot;%2&quot; is not a port or a range of ports (1 to 65535) in the container.</source>
        <translation>Mapeamento de porta %1: &quot;%2&quot; não é uma porta nem um intervalo de portas (1 a 65535) no contêiner.</translation>
    </message>
    <message>
        <source>Port mapping %1: &quot;%2&quot; is not a port or a range of ports (1 to 65535) on the host.</source>
        <translation>Mapeamento de porta %1: &quot;%2&quot; não é uma porta nem um intervalo de portas (1 a 65535) no host.</translation>
    </message>
    <message>
        <source>Port mapping %1: the host range and the container range must have the same size.</source>
        <translation>Mapeamento de porta %1: o intervalo do host e o do contêiner devem ter o mesmo tamanho.</translation>
    </message>
    <message>
        <source>A port mapping is empty.</source>
        <translation>Um mapeamento de porta está vazio.</translation>
    </message>
    <message>
        <source>Port mapping %1: the protocol after &quot;/&quot; is missing.</source>
        <translation>Mapeamento de porta %1: falta o protocolo depois de &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Port mapping %1: the IP address before the host port is empty.</source>
        <translation>Mapeamento de porta %1: o endereço IP antes da porta do host está vazio.</translation>
    </message>
    <message>
        <source>Port mapping %1: write an IPv6 address in brackets, as in [::1]:8080:80.</source>
        <translation>Mapeamento de porta %1: escreva um endereço IPv6 entre colchetes, como em [::1]:8080:80.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Show a desktop notification when a container exits without being stopped or killed, or turns unhealthy.</source>
        <translation>Mostrar uma notificação na área de trabalho quando um contêiner terminar sem ter sido parado ou morto, ou deixar de estar saudável.</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desligadas</translation>
    </message>
    <message>
        <source>Notifications off</source>
        <translation>Notificações desligadas</translation>
    </message>
    <message>
        <source>&amp;All containers</source>
        <translation>&amp;Todos os contêineres</translation>
    </message>
    <message>
        <source>Notify for all containers</source>
        <translation>Notificar para todos os contêineres</translation>
    </message>
    <message>
        <source>Only the containers &amp;chosen below</source>
        <translation>Só os contêineres &amp;escolhidos abaixo</translation>
    </message>
    <message>
        <source>Notify only for the chosen containers</source>
        <translation>Notificar só para os contêineres escolhidos</translation>
    </message>
    <message>
        <source>Containers to notify for</source>
        <translation>Contêineres a notificar</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Esquema de cores</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Como a área de trabalho</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Cores:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como o sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Cais speaks the language chosen from its next start.</source>
        <translation>O Cais usa o idioma escolhido a partir da próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Páginas de preferências</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificações</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds between stats samples of lists and the dashboard</source>
        <translation>Segundos entre amostras de estatísticas das listas e do painel</translation>
    </message>
    <message>
        <source>The CPU, memory, network and disk columns of the container list and the dashboard. Each sample costs the engine some work for every container shown.</source>
        <translation>As colunas de CPU, memória, rede e disco da lista de contêineres e do painel. Cada amostra custa ao motor algum trabalho para cada contêiner mostrado.</translation>
    </message>
    <message>
        <source>Container &amp;stats in lists, every:</source>
        <translation>E&amp;statísticas dos contêineres nas listas, a cada:</translation>
    </message>
    <message>
        <source>Seconds between two process lists</source>
        <translation>Segundos entre duas listas de processos</translation>
    </message>
    <message>
        <source>How often an open Processes tab asks for the container&apos;s processes (docker top).</source>
        <translation>Com que frequência uma aba Processos aberta pede os processos do contêiner (docker top).</translation>
    </message>
    <message>
        <source>&amp;Processes (top), every:</source>
        <translation>&amp;Processos (top), a cada:</translation>
    </message>
    <message>
        <source>An open stats chart gets a sample every second, as docker stats does.</source>
        <translation>Um gráfico de estatísticas aberto recebe uma amostra por segundo, como o docker stats.</translation>
    </message>
    <message>
        <source>Ask before</source>
        <translation>Perguntar antes de</translation>
    </message>
    <message>
        <source>S&amp;topping, restarting or pausing containers</source>
        <translation>Pa&amp;rar, reiniciar ou pausar contêineres</translation>
    </message>
    <message>
        <source>Ask before stopping, restarting or pausing containers</source>
        <translation>Perguntar antes de parar, reiniciar ou pausar contêineres</translation>
    </message>
    <message>
        <source>Closing a &amp;terminal whose program still runs</source>
        <translation>Fechar um &amp;terminal cujo programa ainda roda</translation>
    </message>
    <message>
        <source>Ask before closing a terminal whose program still runs</source>
        <translation>Perguntar antes de fechar um terminal cujo programa ainda roda</translation>
    </message>
    <message>
        <source>Removing and pruning always ask first: they list what will be deleted.</source>
        <translation>Remover e limpar sempre perguntam antes: eles listam o que será apagado.</translation>
    </message>
</context>
<context>
    <name>ProcessesView</name>
    <message>
        <source>Container processes</source>
        <translation>Processos do contêiner</translation>
    </message>
    <message>
        <source>Default (ps -ef)</source>
        <translation>Padrão (ps -ef)</translation>
    </message>
    <message>
        <source>ps arguments</source>
        <translation>Argumentos do ps</translation>
    </message>
    <message>
        <source>The arguments the engine passes to ps: a preset, or your own (Docker needs a PID column)</source>
        <translation>Os argumentos que o motor passa ao ps: uma predefinição ou os seus próprios (o Docker precisa de uma coluna PID)</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>Filtrar processos</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>Processes status</source>
        <translation>Situação dos processos</translation>
    </message>
    <message>
        <source>&amp;ps arguments:</source>
        <translation>Argumentos do &amp;ps:</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>The engine reported an error without a message.</source>
        <translation>O motor informou um erro sem mensagem.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Verifying checksum</source>
        <translation>Verificando checksum</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Download concluído</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraindo</translation>
    </message>
    <message>
        <source>Pull complete</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Já existe</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Already in the registry</source>
        <translation>Já está no registro</translation>
    </message>
    <message>
        <source>Mounted from %1</source>
        <translation>Montada de %1</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s)</source>
        <translation>
            <numerusform>Tentando de novo em %n segundo</numerusform>
            <numerusform>Tentando de novo em %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressTabs</name>
    <message>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Pull of %1</source>
        <translation>Download de %1</translation>
    </message>
    <message>
        <source>Push of %1</source>
        <translation>Envio de %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Credentials warning</source>
        <translation>Aviso sobre credenciais</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progresso geral</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the pull</source>
        <translation>Cancelar o download</translation>
    </message>
    <message>
        <source>Cancel the push</source>
        <translation>Cancelar o envio</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Retry the pull</source>
        <translation>Tentar o download de novo</translation>
    </message>
    <message>
        <source>Retry the push</source>
        <translation>Tentar o envio de novo</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>Fazer &amp;login…</translation>
    </message>
    <message>
        <source>Log in to the registry</source>
        <translation>Fazer login no registro</translation>
    </message>
    <message>
        <source>Ready to pull %1.</source>
        <translation>Pronto para baixar %1.</translation>
    </message>
    <message>
        <source>Ready to push %1.</source>
        <translation>Pronto para enviar %1.</translation>
    </message>
    <message>
        <source>Looking up the credentials for %1…</source>
        <translation>Procurando as credenciais de %1…</translation>
    </message>
    <message>
        <source>Pushing %1: preparing…</source>
        <translation>Enviando %1: preparando…</translation>
    </message>
    <message>
        <source>Pulling %1: asking the registry…</source>
        <translation>Baixando %1: consultando o registro…</translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n layer(s) done</source>
        <translation>
            <numerusform>%1 de %n camada concluída</numerusform>
            <numerusform>%1 de %n camadas concluídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling %1: %2.</source>
        <translation>Baixando %1: %2.</translation>
    </message>
    <message>
        <source>Pushing %1: %2.</source>
        <translation>Enviando %1: %2.</translation>
    </message>
    <message>
        <source>Pulling %1: %2, %3 of %4 downloaded.</source>
        <translation>Baixando %1: %2, %3 de %4 baixados.</translation>
    </message>
    <message>
        <source>Pushing %1: %2, %3 of %4 sent.</source>
        <translation>Enviando %1: %2, %3 de %4 enviados.</translation>
    </message>
    <message>
        <source>Pulled %1: a newer image was downloaded.</source>
        <translation>Download de %1 concluído: uma imagem mais nova foi baixada.</translation>
    </message>
    <message>
        <source>%1 is up to date: there was nothing to download.</source>
        <translation>A imagem %1 já está atualizada: não havia nada para baixar.</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>Download de %1 concluído.</translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>Envio de %1 concluído.</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>The pull of %1 failed.</source>
        <translation>Não foi possível baixar %1.</translation>
    </message>
    <message>
        <source>The push of %1 failed.</source>
        <translation>Não foi possível enviar %1.</translation>
    </message>
    <message>
        <source>The pull of %1 was canceled.</source>
        <translation>O download de %1 foi cancelado.</translation>
    </message>
    <message>
        <source>The push of %1 was canceled.</source>
        <translation>O envio de %1 foi cancelado.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>%1 of %2 sent (%p%)</source>
        <translation>%1 de %2 enviados (%p%)</translation>
    </message>
    <message>
        <source>%1 of %2 downloaded (%p%)</source>
        <translation>%1 de %2 baixados (%p%)</translation>
    </message>
    <message>
        <source>%1 downloaded, extracting (%p%)</source>
        <translation>%1 baixados, extraindo (%p%)</translation>
    </message>
    <message>
        <source>Pushing %1… (Podman reports no progress per layer for a push: the result comes at the end.)</source>
        <translation>Enviando %1… (o Podman não informa o progresso por camada num envio: o resultado vem no fim.)</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune Images</source>
        <translation>Limpar imagens</translation>
    </message>
    <message>
        <source>Prune images</source>
        <translation>Limpar imagens</translation>
    </message>
    <message>
        <source>&amp;Dangling images only: no tag, and no container uses them</source>
        <translation>&amp;Somente imagens órfãs: sem tag, e nenhum contêiner as usa</translation>
    </message>
    <message>
        <source>Prune dangling images only</source>
        <translation>Limpar somente imagens órfãs</translation>
    </message>
    <message>
        <source>&amp;All unused images: every image no container uses, tagged or not (docker image prune -a)</source>
        <translation>&amp;Todas as imagens não usadas: toda imagem que nenhum contêiner usa, com ou sem tag (docker image prune -a)</translation>
    </message>
    <message>
        <source>Like docker image prune -a, this also takes all but the last tag from images that containers use.</source>
        <translation>Como docker image prune -a, isto também remove todas as tags, exceto a última, das imagens que contêineres usam.</translation>
    </message>
    <message>
        <source>Prune all unused images</source>
        <translation>Limpar todas as imagens não usadas</translation>
    </message>
    <message>
        <source>Prune status</source>
        <translation>Status da limpeza</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Progresso da prévia</translation>
    </message>
    <message>
        <source>Images that would be removed</source>
        <translation>Imagens que seriam removidas</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID da imagem</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamanho da imagem</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <source>What the engine removed</source>
        <translation>O que o motor removeu</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Working out what would be removed…</source>
        <translation>Calculando o que seria removido…</translation>
    </message>
    <message>
        <source>Cannot preview the prune: %1</source>
        <translation>Não foi possível gerar a prévia da limpeza: %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluída</translation>
    </message>
    <message>
        <source>Untagged and deleted</source>
        <translation>Tag removida e excluída</translation>
    </message>
    <message>
        <source>Deleted: an intermediate image only the images above needed</source>
        <translation>Excluída: uma imagem intermediária de que apenas as imagens acima precisavam</translation>
    </message>
    <message numerus="yes">
        <source>%n intermediate image(s) from builds, not shown in the list</source>
        <translation>
            <numerusform>%n imagem intermediária de builds, não exibida na lista</numerusform>
            <numerusform>%n imagens intermediárias de builds, não exibidas na lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Loses %1; stays, a container uses it</source>
        <translation>Perde %1; permanece, um contêiner a usa</translation>
    </message>
    <message>
        <source>Loses %1; stays, images built on it need it</source>
        <translation>Perde %1; permanece, imagens construídas sobre ela precisam dela</translation>
    </message>
    <message>
        <source>Nothing to prune: every image is used by a container or needed by one that is.</source>
        <translation>Nada a limpar: toda imagem é usada por um contêiner ou necessária para uma que é.</translation>
    </message>
    <message>
        <source>Nothing to prune: there are no dangling images that no container uses.</source>
        <translation>Nada a limpar: não há imagens órfãs que nenhum contêiner use.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) will be removed</source>
        <translation>
            <numerusform>%n imagem será removida</numerusform>
            <numerusform>%n imagens serão removidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n intermediate image(s))</source>
        <translation>
            <numerusform>(e %n imagem intermediária)</numerusform>
            <numerusform>(e %n imagens intermediárias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) removed</source>
        <translation>
            <numerusform>%n tag removida</numerusform>
            <numerusform>%n tags removidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Space freed: %1.</source>
        <translation>Espaço liberado: %1.</translation>
    </message>
    <message>
        <source>The space freed could not be worked out.</source>
        <translation>Não foi possível calcular o espaço liberado.</translation>
    </message>
    <message>
        <source>This preview follows Docker&apos;s rules; Podman may decide slightly differently.</source>
        <translation>Esta prévia segue as regras do Docker; o Podman pode decidir de forma um pouco diferente.</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Limpando…</translation>
    </message>
    <message>
        <source>Untagged: %1</source>
        <translation>Tag removida: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Excluída: %1</translation>
    </message>
    <message numerus="yes">
        <source>The engine removed %n image(s)</source>
        <translation>
            <numerusform>O motor removeu %n imagem</numerusform>
            <numerusform>O motor removeu %n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n camada</numerusform>
            <numerusform>%n camadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>and freed %1.</source>
        <translation>e liberou %1.</translation>
    </message>
    <message>
        <source>That is exactly what the preview showed.</source>
        <translation>É exatamente o que a prévia mostrou.</translation>
    </message>
    <message>
        <source>That differs from the preview: images or containers changed in the meantime.</source>
        <translation>Isso difere da prévia: imagens ou contêineres mudaram nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Podman will report %1: it counts each image&apos;s whole size, layers shared with images that stay included.</source>
        <translation>O Podman vai informar %1: ele conta o tamanho inteiro de cada imagem, incluindo as camadas compartilhadas com imagens que ficam.</translation>
    </message>
</context>
<context>
    <name>PruneDifference</name>
    <message>
        <source>The engine removed exactly what the preview showed.</source>
        <translation>O motor removeu exatamente o que a prévia mostrou.</translation>
    </message>
    <message>
        <source>The engine also removed %1, which the preview did not show: it changed in the meantime.</source>
        <translation>O motor também removeu %1, que a prévia não mostrava: mudou nesse meio-tempo.</translation>
    </message>
    <message>
        <source>It kept %1, which the preview showed: something uses it again.</source>
        <translation>Manteve %1, que a prévia mostrava: algo voltou a usá-lo.</translation>
    </message>
</context>
<context>
    <name>PruneFilters</name>
    <message>
        <source>“%1” is not a filter: write key=value, for example until=24h or label=app=web.</source>
        <translation>“%1” não é um filtro: escreva chave=valor, por exemplo until=24h ou label=app=web.</translation>
    </message>
    <message>
        <source>label= needs a label: label=key or label=key=value.</source>
        <translation>label= precisa de um rótulo: label=chave ou label=chave=valor.</translation>
    </message>
    <message>
        <source>label!= needs a label: label!=key or label!=key=value.</source>
        <translation>label!= precisa de um rótulo: label!=chave ou label!=chave=valor.</translation>
    </message>
    <message>
        <source>Only one until filter can be given.</source>
        <translation>Só é possível dar um filtro until.</translation>
    </message>
    <message>
        <source>until=%1 is not a time: write a duration (24h, 90m), a date (2026-01-31, 2026-01-31T12:00:00) or unix seconds.</source>
        <translation>until=%1 não é um momento: escreva uma duração (24h, 90m), uma data (2026-01-31, 2026-01-31T12:00:00) ou segundos unix.</translation>
    </message>
    <message>
        <source>Unknown prune filter “%1”: prune takes until, label and label!.</source>
        <translation>Filtro de limpeza desconhecido “%1”: a limpeza aceita until, label e label!.</translation>
    </message>
</context>
<context>
    <name>PruneNetworksDialog</name>
    <message>
        <source>Remove every network that no running container uses? Stopped containers lose the networks that go; the engine&apos;s own networks (bridge, host, none) stay.</source>
        <translation>Remover todas as redes que nenhum contêiner em execução usa? Contêineres parados perdem as redes removidas; as redes próprias do motor (bridge, host, none) ficam.</translation>
    </message>
    <message>
        <source>Prune Networks</source>
        <translation>Limpar redes</translation>
    </message>
    <message>
        <source>Prune networks</source>
        <translation>Limpar redes</translation>
    </message>
    <message>
        <source>Networks that the prune removes</source>
        <translation>Redes que a limpeza remove</translation>
    </message>
    <message>
        <source>Prune status</source>
        <translation>Status da limpeza</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Limpando…</translation>
    </message>
    <message>
        <source>The engine removed:</source>
        <translation>O motor removeu:</translation>
    </message>
    <message>
        <source>Nothing: every network was in use.</source>
        <translation>Nada: todas as redes estavam em uso.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) removed.</source>
        <translation>
            <numerusform>%n rede removida.</numerusform>
            <numerusform>%n redes removidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): the stopped containers %3 lose it</source>
        <translation>%1 (%2): os contêineres parados %3 a perdem</translation>
    </message>
    <message>
        <source>No network would be removed: every one is in use or the engine&apos;s own.</source>
        <translation>Nenhuma rede seria removida: todas estão em uso ou são do próprio motor.</translation>
    </message>
    <message>
        <source>Still looking for the containers on the networks…</source>
        <translation>Ainda procurando os contêineres nas redes…</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) go.</source>
        <translation>
            <numerusform>%n rede será removida.</numerusform>
            <numerusform>%n redes serão removidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove every network that no container uses? Podman keeps a network while any container, even a stopped one, is attached to it; its own network stays.</source>
        <translation>Remover todas as redes que nenhum contêiner usa? O Podman mantém uma rede enquanto algum contêiner, mesmo parado, estiver conectado a ela; a rede própria dele fica.</translation>
    </message>
</context>
<context>
    <name>PruneVolumesDialog</name>
    <message>
        <source>Also named volumes (all unused volumes)</source>
        <translation>Também volumes com nome (todos os volumes sem uso)</translation>
    </message>
    <message>
        <source>Prune Volumes</source>
        <translation>Limpar volumes</translation>
    </message>
    <message>
        <source>Prune volumes</source>
        <translation>Limpar volumes</translation>
    </message>
    <message>
        <source>Also remove unused named volumes</source>
        <translation>Remover também volumes com nome sem uso</translation>
    </message>
    <message>
        <source>This engine removes every unused volume, named or not: choosing only anonymous ones needs Docker API 1.42 (Docker 23) or newer.</source>
        <translation>Este motor remove todos os volumes sem uso, com nome ou não: escolher só os anônimos exige a API 1.42 do Docker (Docker 23) ou mais nova.</translation>
    </message>
    <message>
        <source>Without this, only anonymous volumes go (those made for a -v without a name).</source>
        <translation>Sem isto, só os volumes anônimos são removidos (os criados para um -v sem nome).</translation>
    </message>
    <message>
        <source>Volumes that the prune removes</source>
        <translation>Volumes que a limpeza remove</translation>
    </message>
    <message>
        <source>Prune status</source>
        <translation>Status da limpeza</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Limpando…</translation>
    </message>
    <message>
        <source>The engine removed:</source>
        <translation>O motor removeu:</translation>
    </message>
    <message>
        <source>Nothing: no volume was unused.</source>
        <translation>Nada: nenhum volume estava sem uso.</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) removed, %1 freed.</source>
        <translation>
            <numerusform>%n volume removido, %1 liberados.</numerusform>
            <numerusform>%n volumes removidos, %1 liberados.</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamanho desconhecido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No volume would be removed: every one is in use.</source>
        <translation>Nenhum volume seria removido: todos estão em uso.</translation>
    </message>
    <message>
        <source>No volume would be removed: every one is in use or has a name.</source>
        <translation>Nenhum volume seria removido: todos estão em uso ou têm nome.</translation>
    </message>
    <message>
        <source>Remove every volume that no container uses? Their files are deleted for good.</source>
        <translation>Remover todos os volumes que nenhum contêiner usa? Seus arquivos são apagados para sempre.</translation>
    </message>
    <message>
        <source>Remove the anonymous volumes that no container uses? Their files are deleted for good.</source>
        <translation>Remover os volumes anônimos que nenhum contêiner usa? Seus arquivos são apagados para sempre.</translation>
    </message>
    <message>
        <source>Still looking for the containers that use the volumes…</source>
        <translation>Ainda procurando os contêineres que usam os volumes…</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) go, freeing %1.</source>
        <translation>
            <numerusform>%n volume será removido, liberando %1.</numerusform>
            <numerusform>%n volumes serão removidos, liberando %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) go, freeing at least %1 (some sizes are not known yet).</source>
        <translation>
            <numerusform>%n volume será removido, liberando pelo menos %1 (alguns tamanhos ainda não são conhecidos).</numerusform>
            <numerusform>%n volumes serão removidos, liberando pelo menos %1 (alguns tamanhos ainda não são conhecidos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull an Image</source>
        <translation>Baixar uma imagem</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Imagem:</translation>
    </message>
    <message>
        <source>busybox, busybox:1.36, registry.example:5000/team/app@sha256:…</source>
        <translation>busybox, busybox:1.36, registry.example:5000/team/app@sha256:…</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Referência da imagem</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Pull the image</source>
        <translation>Baixar a imagem</translation>
    </message>
    <message>
        <source>What will be pulled</source>
        <translation>O que será baixado</translation>
    </message>
    <message>
        <source>Type the image to pull, as for “docker pull”.</source>
        <translation>Digite a imagem a baixar, como no “docker pull”.</translation>
    </message>
    <message>
        <source>“%1” is an image ID. An image ID cannot be pulled; use a name, a tag or a digest.</source>
        <translation>“%1” é um ID de imagem. Não é possível baixar um ID de imagem; use um nome, uma tag ou um digest.</translation>
    </message>
    <message>
        <source>Will pull %1</source>
        <translation>Vai baixar %1</translation>
    </message>
    <message>
        <source>(the digest decides; the tag is ignored)</source>
        <translation>(vale o digest; a tag é ignorada)</translation>
    </message>
</context>
<context>
    <name>PullOperation</name>
    <message>
        <source>Cannot pull %1: %2</source>
        <translation>Não foi possível baixar %1: %2</translation>
    </message>
</context>
<context>
    <name>PullProgressModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Camada %1</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>%1 por cento</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>Push an Image</source>
        <translation>Enviar uma imagem</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>registry.example:5000/team/app:1</source>
        <translation>registry.example:5000/team/app:1</translation>
    </message>
    <message>
        <source>Tag to push</source>
        <translation>Tag a enviar</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Push the tag</source>
        <translation>Enviar a tag</translation>
    </message>
    <message>
        <source>Where the tag goes</source>
        <translation>Para onde a tag vai</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Type the tag to push, as for “docker push”.</source>
        <translation>Digite a tag a enviar, como no “docker push”.</translation>
    </message>
    <message>
        <source>Will push %1 to Docker Hub, repository %2.</source>
        <translation>Vai enviar %1 para o Docker Hub, repositório %2.</translation>
    </message>
    <message>
        <source>Will push %1 to the registry %2, repository %3.</source>
        <translation>Vai enviar %1 para o registro %2, repositório %3.</translation>
    </message>
    <message>
        <source>Looking up the credentials for %1…</source>
        <translation>Procurando as credenciais de %1…</translation>
    </message>
    <message>
        <source>No saved credentials for %1: the push is anonymous; you will be asked to log in if the registry wants it.</source>
        <translation>Não há credenciais salvas para %1: o envio é anônimo; o login será pedido se o registro exigir.</translation>
    </message>
    <message>
        <source>Credentials for %1: a token from %2.</source>
        <translation>Credenciais para %1: um token (origem: %2).</translation>
    </message>
    <message>
        <source>Credentials for %1: user %2, from %3.</source>
        <translation>Credenciais para %1: usuário %2 (origem: %3).</translation>
    </message>
</context>
<context>
    <name>PushOperation</name>
    <message>
        <source>“%1” names an image by its digest; only a tag can be pushed. Tag the image first, then push the tag.</source>
        <translation>“%1” identifica uma imagem pelo digest; só é possível enviar uma tag. Crie uma tag para a imagem primeiro e depois envie a tag.</translation>
    </message>
    <message>
        <source>Cannot push %1: %2</source>
        <translation>Não foi possível enviar %1: %2</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>A space</source>
        <translation>Um espaço</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>um espaço</translation>
    </message>
    <message>
        <source>A tab</source>
        <translation>Uma tabulação</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>uma tabulação</translation>
    </message>
    <message>
        <source>A line break</source>
        <translation>Uma quebra de linha</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>uma quebra de linha</translation>
    </message>
    <message>
        <source>The invisible character U+%1</source>
        <translation>O caractere invisível U+%1</translation>
    </message>
    <message>
        <source>the invisible character U+%1</source>
        <translation>o caractere invisível U+%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a valid image reference (invalid reference format).</source>
        <translation>“%1” não é uma referência de imagem válida (invalid reference format).</translation>
    </message>
    <message>
        <source>The image reference is empty. Type a name such as “busybox”, “busybox:1.37” or “registry.example.com/team/app:1.0”.</source>
        <translation>A referência da imagem está vazia. Digite um nome como “busybox”, “busybox:1.37” ou “registry.example.com/team/app:1.0”.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a repository name: a 64-character hexadecimal string is read as an image ID. Choose another name, or put a namespace in front of it, as in “myteam/%2…”.</source>
        <translation>“%1” não pode ser usado como nome de repositório: uma sequência hexadecimal de 64 caracteres é lida como um ID de imagem. Escolha outro nome ou coloque um namespace na frente, como em “myteam/%2…”.</translation>
    </message>
    <message>
        <source>The repository path “%1” is %2 characters long; it can have at most %3.</source>
        <translation>O caminho do repositório “%1” tem %2 caracteres; o máximo é %3.</translation>
    </message>
    <message>
        <source>Repository names must be lowercase, but “%1” has uppercase letters. Use “%2” instead.</source>
        <translation>Nomes de repositório precisam estar em minúsculas, mas “%1” tem letras maiúsculas. Use “%2”.</translation>
    </message>
    <message>
        <source>%1 at character %2 must be lowercase; use “%3” instead.</source>
        <translation>%1 na posição %2 precisa estar em minúscula; use “%3”.</translation>
    </message>
    <message>
        <source>A tag must start with a letter, a digit or “_”, but “%1” starts with %2.</source>
        <translation>Uma tag precisa começar com uma letra, um dígito ou “_”, mas “%1” começa com %2.</translation>
    </message>
    <message>
        <source>%1 at character %2 cannot appear in a tag; a tag uses letters, digits, “_”, “.” and “-”.</source>
        <translation>%1 na posição %2 não pode aparecer numa tag; uma tag usa letras, dígitos, “_”, “.” e “-”.</translation>
    </message>
    <message>
        <source>The tag is %1 characters long; a tag can have at most %2.</source>
        <translation>A tag tem %1 caracteres; uma tag pode ter no máximo %2.</translation>
    </message>
    <message>
        <source>Nothing follows the “@”. Add a digest such as “sha256:” followed by 64 hexadecimal digits, or remove the “@”.</source>
        <translation>Não há nada depois do “@”. Adicione um digest como “sha256:” seguido de 64 dígitos hexadecimais, ou remova o “@”.</translation>
    </message>
    <message>
        <source>“%1” is not a digest: a digest is an algorithm, “:” and hexadecimal digits, such as “sha256:” followed by 64 digits.</source>
        <translation>“%1” não é um digest: um digest é um algoritmo, “:” e dígitos hexadecimais, como “sha256:” seguido de 64 dígitos.</translation>
    </message>
    <message>
        <source>The digest has no algorithm before its “:”; write it as “sha256:” followed by the hexadecimal digits.</source>
        <translation>O digest não tem algoritmo antes do “:”; escreva-o como “sha256:” seguido dos dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>“%1” is not a digest algorithm; use sha256, sha384 or sha512.</source>
        <translation>“%1” não é um algoritmo de digest; use sha256, sha384 ou sha512.</translation>
    </message>
    <message>
        <source>Nothing follows “%1:”. Add the hexadecimal digits of the digest.</source>
        <translation>Não há nada depois de “%1:”. Adicione os dígitos hexadecimais do digest.</translation>
    </message>
    <message>
        <source>%1 at character %2 is not a hexadecimal digit; a digest has only 0–9 and a–f after “%3:”.</source>
        <translation>%1 na posição %2 não é um dígito hexadecimal; um digest só tem 0–9 e a–f depois de “%3:”.</translation>
    </message>
    <message>
        <source>A %1 digest has %2 hexadecimal digits, but this one has %3.</source>
        <translation>Um digest %1 tem %2 dígitos hexadecimais, mas este tem %3.</translation>
    </message>
    <message>
        <source>A digest needs at least 32 hexadecimal digits after “:”, but this one has %1.</source>
        <translation>Um digest precisa de pelo menos 32 dígitos hexadecimais depois do “:”, mas este tem %1.</translation>
    </message>
    <message>
        <source>Digest algorithms are written in lowercase: use “%1”.</source>
        <translation>Algoritmos de digest são escritos em minúsculas: use “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a supported digest algorithm; use sha256, sha384 or sha512.</source>
        <translation>“%1” não é um algoritmo de digest aceito; use sha256, sha384 ou sha512.</translation>
    </message>
    <message>
        <source>Digests are written in lowercase hexadecimal: use “%1”.</source>
        <translation>Digests são escritos em hexadecimal minúsculo: use “%1”.</translation>
    </message>
    <message>
        <source>A port number must follow the “:” in “%1”.</source>
        <translation>Um número de porta precisa vir depois do “:” em “%1”.</translation>
    </message>
    <message>
        <source>The port “%1” in “%2” must be a number.</source>
        <translation>A porta “%1” em “%2” precisa ser um número.</translation>
    </message>
    <message>
        <source>The IPv6 address in “%1” has no closing “]”.</source>
        <translation>O endereço IPv6 em “%1” não tem o “]” de fechamento.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address a registry can use: between “[” and “]” only hexadecimal digits and “:” are allowed.</source>
        <translation>“%1” não é um endereço IPv6 que um registro possa usar: entre “[” e “]” só são permitidos dígitos hexadecimais e “:”.</translation>
    </message>
    <message>
        <source>After “]” a registry address can only have “:” and a port number, as in “%1:5000”.</source>
        <translation>Depois do “]”, um endereço de registro só pode ter “:” e um número de porta, como em “%1:5000”.</translation>
    </message>
    <message>
        <source>“%1” looks like an IPv6 address; put it in brackets, as in “[%2]%3”.</source>
        <translation>“%1” parece um endereço IPv6; coloque-o entre colchetes, como em “[%2]%3”.</translation>
    </message>
    <message>
        <source>“%1” has no host name before the port.</source>
        <translation>“%1” não tem nome de host antes da porta.</translation>
    </message>
    <message>
        <source>The registry host “%1” has an empty part between dots.</source>
        <translation>O host do registro “%1” tem uma parte vazia entre pontos.</translation>
    </message>
    <message>
        <source>%1 cannot appear in the registry host name “%2”; host names use letters, digits, “-” and “.”.</source>
        <translation>%1 não pode aparecer no nome de host do registro “%2”; nomes de host usam letras, dígitos, “-” e “.”.</translation>
    </message>
    <message>
        <source>Each part of the registry host name “%1” must start and end with a letter or a digit.</source>
        <translation>Cada parte do nome de host do registro “%1” precisa começar e terminar com uma letra ou um dígito.</translation>
    </message>
    <message>
        <source>The “:” at character %1 is in the middle of the repository name; a tag can only come at the end, after the last “/”.</source>
        <translation>O “:” na posição %1 está no meio do nome do repositório; uma tag só pode vir no final, depois da última “/”.</translation>
    </message>
    <message>
        <source>%1 at character %2 cannot appear in a repository name; names use lowercase letters, digits, “.”, “_”, “-” and “/”.</source>
        <translation>%1 na posição %2 não pode aparecer num nome de repositório; nomes usam letras minúsculas, dígitos, “.”, “_”, “-” e “/”.</translation>
    </message>
    <message>
        <source>“%1” must start with a lowercase letter or a digit, not %2.</source>
        <translation>“%1” precisa começar com uma letra minúscula ou um dígito, não com %2.</translation>
    </message>
    <message>
        <source>“%1” must end with a lowercase letter or a digit, not %2.</source>
        <translation>“%1” precisa terminar com uma letra minúscula ou um dígito, não com %2.</translation>
    </message>
    <message>
        <source>“%1” at character %2 cannot join the parts of “%3”: use one “.”, one or two “_”, or any number of “-”.</source>
        <translation>“%1” na posição %2 não pode unir as partes de “%3”: use um “.”, um ou dois “_”, ou qualquer quantidade de “-”.</translation>
    </message>
    <message>
        <source>Image references have no URL scheme: leave out “%1” and write “%2”.</source>
        <translation>Referências de imagem não têm esquema de URL: tire o “%1” e escreva “%2”.</translation>
    </message>
    <message>
        <source>A registry address cannot have an IPv6 zone such as “%1”; remove it.</source>
        <translation>Um endereço de registro não pode ter uma zona IPv6 como “%1”; remova-a.</translation>
    </message>
    <message>
        <source>%1 at character %2 cannot appear in an image reference. Names use lowercase letters, digits, “.”, “_”, “-” and “/”; a tag follows “:” and a digest follows “@”.</source>
        <translation>%1 na posição %2 não pode aparecer numa referência de imagem. Nomes usam letras minúsculas, dígitos, “.”, “_”, “-” e “/”; uma tag vem depois de “:” e um digest depois de “@”.</translation>
    </message>
    <message>
        <source>A reference can have only one “@”, but there is another at character %1.</source>
        <translation>Uma referência só pode ter um “@”, mas há outro na posição %1.</translation>
    </message>
    <message>
        <source>“%1” has no repository name before the “%2”. Type the name first, as in “busybox%1”.</source>
        <translation>“%1” não tem nome de repositório antes do “%2”. Digite o nome primeiro, como em “busybox%1”.</translation>
    </message>
    <message>
        <source>“%1” is a registry address without a repository; add “/” and the repository name, as in “%1/myimage”.</source>
        <translation>“%1” é um endereço de registro sem repositório; adicione “/” e o nome do repositório, como em “%1/myimage”.</translation>
    </message>
    <message>
        <source>“%1” starts with “/”; a reference starts with a registry host or a repository name.</source>
        <translation>“%1” começa com “/”; uma referência começa com um host de registro ou um nome de repositório.</translation>
    </message>
    <message>
        <source>“%1” ends with “/”; add the repository name after it, or remove the “/”.</source>
        <translation>“%1” termina com “/”; adicione o nome do repositório depois da barra ou remova a “/”.</translation>
    </message>
    <message>
        <source>There is nothing between the two “/” at characters %1 and %2.</source>
        <translation>Não há nada entre as duas “/” nas posições %1 e %2.</translation>
    </message>
    <message>
        <source>Nothing follows the “:” at character %1. Add a tag such as “latest”, or remove the “:”.</source>
        <translation>Não há nada depois do “:” na posição %1. Adicione uma tag como “latest” ou remova o “:”.</translation>
    </message>
    <message>
        <source>“%1” ends in a digest (“@%2”), but a new image name can only have a tag: the engine assigns digests. Remove the “@…” part.</source>
        <translation>“%1” termina com um digest (“@%2”), mas um nome de imagem novo só pode ter uma tag: o motor atribui os digests. Remova a parte “@…”.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as an image name: the engine would confuse “sha256” with a digest algorithm. Choose another name, or put a namespace in front of it.</source>
        <translation>“%1” não pode ser usado como nome de imagem: o motor confundiria “sha256” com um algoritmo de digest. Escolha outro nome ou coloque um namespace na frente.</translation>
    </message>
    <message>
        <source>The tag is empty. Type a tag such as “latest” or “1.0”.</source>
        <translation>A tag está vazia. Digite uma tag como “latest” ou “1.0”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid tag.</source>
        <translation>“%1” não é uma tag válida.</translation>
    </message>
</context>
<context>
    <name>RegistryAuth</name>
    <message>
        <source>The docker configuration file is not valid JSON (%1 at byte %2); its credentials are not used.</source>
        <translation>O arquivo de configuração do docker não é um JSON válido (%1 no byte %2); as credenciais dele não são usadas.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>its “auth” value is not base64</source>
        <translation>o valor de “auth” não está em base64</translation>
    </message>
    <message>
        <source>its “auth” value is not “user:password” in base64</source>
        <translation>o valor de “auth” não é “usuário:senha” em base64</translation>
    </message>
    <message>
        <source>The credential helper failed (exit code %1): %2</source>
        <translation>O auxiliar de credenciais falhou (código de saída %1): %2</translation>
    </message>
    <message>
        <source>The credential helper&apos;s answer is not the JSON object it should be.</source>
        <translation>A resposta do auxiliar de credenciais não é o objeto JSON esperado.</translation>
    </message>
    <message>
        <source>login dialog</source>
        <translation>janela de login</translation>
    </message>
    <message>
        <source>Cais cannot read %1 (%2); no saved credentials are used.</source>
        <translation>Não foi possível ler %1 (%2); nenhuma credencial salva é usada.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The saved credentials for %1 in %2 cannot be used: %3.</source>
        <translation>As credenciais salvas para %1 em %2 não podem ser usadas: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The credential helper %1 did not answer within %n second(s); continuing without credentials.</source>
        <translation>
            <numerusform>O auxiliar de credenciais %1 não respondeu em %n segundo; seguindo sem credenciais.</numerusform>
            <numerusform>O auxiliar de credenciais %1 não respondeu em %n segundos; seguindo sem credenciais.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential helper %1 named in the docker configuration is not installed (or not in PATH); continuing without credentials.</source>
        <translation>O auxiliar de credenciais %1 indicado na configuração do docker não está instalado (ou não está no PATH); seguindo sem credenciais.</translation>
    </message>
    <message>
        <source>The credential helper %1 crashed; continuing without credentials.</source>
        <translation>O auxiliar de credenciais %1 fechou inesperadamente; seguindo sem credenciais.</translation>
    </message>
    <message>
        <source>The credential helper %1 failed: %2; continuing without credentials.</source>
        <translation>O auxiliar de credenciais %1 falhou: %2; seguindo sem credenciais.</translation>
    </message>
</context>
<context>
    <name>RegistryOperation</name>
    <message>
        <source>login dialog</source>
        <translation>janela de login</translation>
    </message>
    <message>
        <source>There is no engine to talk to.</source>
        <translation>Não há motor com o qual se comunicar.</translation>
    </message>
    <message>
        <source>The registry %1 asks for credentials: log in and try again.</source>
        <translation>O registro %1 pede credenciais: faça login e tente de novo.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The registry %1 answers in plain HTTP, and Podman talks to registries only over HTTPS unless told otherwise. If you trust it, add it to registries.conf (/etc/containers/registries.conf, or ~/.config/containers/registries.conf for rootless Podman) as [[registry]] location = &quot;%1&quot; insecure = true.</source>
        <translation>O registro %1 responde em HTTP simples, e o Podman só fala com registros por HTTPS, a menos que seja avisado. Se você confia nele, acrescente-o ao registries.conf (/etc/containers/registries.conf, ou ~/.config/containers/registries.conf para o Podman sem root) como [[registry]] location = &quot;%1&quot; insecure = true.</translation>
    </message>
    <message>
        <source>The registry %1 answers in plain HTTP, and Docker talks to registries only over HTTPS unless told otherwise. If you trust it, add it to &quot;insecure-registries&quot; in /etc/docker/daemon.json and restart dockerd.</source>
        <translation>O registro %1 responde em HTTP simples, e o Docker só fala com registros por HTTPS, a menos que seja avisado. Se você confia nele, acrescente-o a &quot;insecure-registries&quot; em /etc/docker/daemon.json e reinicie o dockerd.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Untag Image</source>
        <translation>Remover tag da imagem</translation>
    </message>
    <message>
        <source>Untag image</source>
        <translation>Remover tag da imagem</translation>
    </message>
    <message>
        <source>Remove the tag %1 from the image %2?

It is the image&apos;s only tag: the image (%3) is deleted with it, unless a container uses it.</source>
        <translation>Remover a tag %1 da imagem %2?

É a única tag da imagem: a imagem (%3) é excluída junto, a menos que um contêiner a use.</translation>
    </message>
    <message>
        <source>Remove the tag %1 from the image %2? The image keeps its other tags.</source>
        <translation>Remover a tag %1 da imagem %2? A imagem mantém suas outras tags.</translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation>Remover imagem</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remover imagem</translation>
    </message>
    <message>
        <source>Remove the image %1 (%2)? This removes:</source>
        <translation>Remover a imagem %1 (%2)? Isto remove:</translation>
    </message>
    <message>
        <source>What the removal affects</source>
        <translation>O que a remoção afeta</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagem %1</translation>
    </message>
    <message>
        <source>Looking for containers that use it…</source>
        <translation>Procurando contêineres que a usam…</translation>
    </message>
    <message>
        <source>Force: untag although containers use the image</source>
        <translation>Forçar: remover a tag mesmo que contêineres usem a imagem</translation>
    </message>
    <message>
        <source>Force: remove although containers use the image</source>
        <translation>Forçar: remover mesmo que contêineres usem a imagem</translation>
    </message>
    <message>
        <source>Stopped containers stay, without an image name. An image that a running container uses cannot be removed, not even by force: stop and remove that container first.</source>
        <translation>Contêineres parados permanecem, sem nome de imagem. Uma imagem usada por um contêiner em execução não pode ser removida, nem forçando: pare e remova esse contêiner primeiro.</translation>
    </message>
    <message>
        <source>Force the removal</source>
        <translation>Forçar a remoção</translation>
    </message>
    <message>
        <source>Also remove untagged parent images that nothing else needs</source>
        <translation>Remover também imagens pai sem tag de que nada mais precisa</translation>
    </message>
    <message>
        <source>Remove untagged parents</source>
        <translation>Remover imagens pai sem tag</translation>
    </message>
    <message>
        <source>Removal status</source>
        <translation>Status da remoção</translation>
    </message>
    <message>
        <source>What the engine removed</source>
        <translation>O que o motor removeu</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>Remover tag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Checking the containers once more…</source>
        <translation>Verificando os contêineres mais uma vez…</translation>
    </message>
    <message>
        <source>Containers started using the image meanwhile. Check the list and confirm again.</source>
        <translation>Contêineres passaram a usar a imagem nesse meio-tempo. Verifique a lista e confirme novamente.</translation>
    </message>
    <message>
        <source>No container uses the image.</source>
        <translation>Nenhum contêiner usa a imagem.</translation>
    </message>
    <message>
        <source>Container %1 (%2) uses the image</source>
        <translation>O contêiner %1 (%2) usa a imagem</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) use images built on this one; those images keep it.</source>
        <translation>
            <numerusform>%n contêiner usa imagens construídas sobre esta; essas imagens a mantêm.</numerusform>
            <numerusform>%n contêineres usam imagens construídas sobre esta; essas imagens a mantêm.</numerusform>
        </translation>
    </message>
    <message>
        <source>A running container uses the image: stop and remove it first. Not even a forced removal can take an image from a running container.</source>
        <translation>Um contêiner em execução usa a imagem: pare-o e remova-o primeiro. Nem uma remoção forçada pode tirar uma imagem de um contêiner em execução.</translation>
    </message>
    <message>
        <source>Containers use the image: remove them first, or force the removal.</source>
        <translation>Contêineres usam a imagem: remova-os primeiro ou force a remoção.</translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>Removendo a tag…</translation>
    </message>
    <message>
        <source>Removing the image…</source>
        <translation>Removendo a imagem…</translation>
    </message>
    <message>
        <source>The image is used by %1. Remove those containers first, or tick “Force”.</source>
        <translation>A imagem é usada por %1. Remova esses contêineres primeiro ou marque “Forçar”.</translation>
    </message>
    <message>
        <source>Untagged: %1</source>
        <translation>Tag removida: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Excluída: %1</translation>
    </message>
    <message>
        <source>The engine removed:</source>
        <translation>O motor removeu:</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) untagged</source>
        <translation>
            <numerusform>%n tag removida</numerusform>
            <numerusform>%n tags removidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) or layer(s) deleted</source>
        <translation>
            <numerusform>%n imagem ou camada excluída</numerusform>
            <numerusform>%n imagens ou camadas excluídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveImagesDialog</name>
    <message>
        <source>Remove Images</source>
        <translation>Remover Imagens</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Remover imagens</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n image(s) (%1 in all)? This removes every tag and image listed:</source>
        <translation>
            <numerusform>Remover esta %n imagem (%1 no total)? Isto remove cada tag e imagem da lista:</numerusform>
            <numerusform>Remover estas %n imagens (%1 no total)? Isto remove cada tag e imagem da lista:</numerusform>
        </translation>
    </message>
    <message>
        <source>The images to remove, their tags and the containers that use them</source>
        <translation>As imagens a remover, suas tags e os contêineres que as usam</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Image %1 (%2)</source>
        <translation>Imagem %1 (%2)</translation>
    </message>
    <message>
        <source>No tag (a dangling image)</source>
        <translation>Sem tag (uma imagem solta)</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Force: also remove images that stopped containers use</source>
        <translation>Forçar: remover também as imagens que contêineres parados usam</translation>
    </message>
    <message>
        <source>Stopped containers stay, without an image name. An image that a running container uses cannot be removed, not even by force: stop and remove that container first.</source>
        <translation>Os contêineres parados ficam, sem nome de imagem. Uma imagem usada por um contêiner em execução não pode ser removida, nem forçando: pare e remova esse contêiner antes.</translation>
    </message>
    <message>
        <source>Force the removal</source>
        <translation>Forçar a remoção</translation>
    </message>
    <message>
        <source>Also remove untagged parent images that nothing else needs</source>
        <translation>Remover também as imagens-pai sem tag de que nada mais precisa</translation>
    </message>
    <message>
        <source>Remove untagged parents</source>
        <translation>Remover pais sem tag</translation>
    </message>
    <message>
        <source>Removal status</source>
        <translation>Estado da remoção</translation>
    </message>
    <message>
        <source>Looking for containers that use them…</source>
        <translation>Procurando contêineres que as usam…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Image(s)</source>
        <translation>
            <numerusform>Remover %n Imagem</numerusform>
            <numerusform>Remover %n Imagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sem conexão com um motor.</translation>
    </message>
    <message>
        <source>Checking the containers once more…</source>
        <translation>Verificando os contêineres mais uma vez…</translation>
    </message>
    <message>
        <source>Containers started using some of these images meanwhile. Check the list and confirm again.</source>
        <translation>Enquanto isso, contêineres passaram a usar algumas destas imagens. Confira a lista e confirme de novo.</translation>
    </message>
    <message>
        <source>Container %1 (%2) uses it</source>
        <translation>O contêiner %1 (%2) a usa</translation>
    </message>
    <message numerus="yes">
        <source>Running containers use %n of these images: those stay (stop and remove the containers first). The others are removed.</source>
        <translation>
            <numerusform>Contêineres em execução usam %n destas imagens: ela fica (pare e remova os contêineres antes). As outras são removidas.</numerusform>
            <numerusform>Contêineres em execução usam %n destas imagens: elas ficam (pare e remova os contêineres antes). As outras são removidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No container uses any of them.</source>
        <translation>Nenhum contêiner usa nenhuma delas.</translation>
    </message>
    <message>
        <source>Kept: used by %1</source>
        <translation>Mantida: usada por %1</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removendo…</translation>
    </message>
    <message>
        <source>Removing %1 of %2…</source>
        <translation>Removendo %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n tag(s) untagged</source>
        <translation>
            <numerusform>Removida: %n tag retirada</numerusform>
            <numerusform>Removida: %n tags retiradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) or layer(s) deleted</source>
        <translation>
            <numerusform>%n imagem ou camada apagada</numerusform>
            <numerusform>%n imagens ou camadas apagadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed already, with another image of the list</source>
        <translation>Já removida, junto com outra imagem da lista</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>What happened to each image:</source>
        <translation>O que aconteceu com cada imagem:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) removed.</source>
        <translation>
            <numerusform>%1 de %n imagem removida.</numerusform>
            <numerusform>%1 de %n imagens removidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: see why in the list.</source>
        <translation>
            <numerusform>%n mantida: veja o motivo na lista.</numerusform>
            <numerusform>%n mantidas: veja o motivo na lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped containers use %n of these images. Without “Force”, such an image stays.</source>
        <translation>
            <numerusform>Contêineres parados usam %n destas imagens. Sem “Forçar”, uma imagem assim fica.</numerusform>
            <numerusform>Contêineres parados usam %n destas imagens. Sem “Forçar”, uma imagem assim fica.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveVolumeDialog</name>
    <message>
        <source>Force: remove even if the volume&apos;s driver reports an error</source>
        <translation>Forçar: remover mesmo que o driver do volume informe um erro</translation>
    </message>
    <message>
        <source>Remove Volume</source>
        <translation>Remover volume</translation>
    </message>
    <message>
        <source>Remove volume</source>
        <translation>Remover volume</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamanho desconhecido</translation>
    </message>
    <message>
        <source>Remove the volume %1 (%2)? Its files are deleted for good.</source>
        <translation>Remover o volume %1 (%2)? Seus arquivos são apagados para sempre.</translation>
    </message>
    <message>
        <source>Containers that use the volume</source>
        <translation>Contêineres que usam o volume</translation>
    </message>
    <message>
        <source>Container %1 (%2) mounts it at %3</source>
        <translation>O contêiner %1 (%2) o monta em %3</translation>
    </message>
    <message>
        <source>No container uses the volume.</source>
        <translation>Nenhum contêiner usa o volume.</translation>
    </message>
    <message>
        <source>Force the removal</source>
        <translation>Forçar a remoção</translation>
    </message>
    <message>
        <source>Not even a forced removal takes a volume from a container: remove the containers that use it first.</source>
        <translation>Nem uma remoção forçada tira um volume de um contêiner: remova primeiro os contêineres que o usam.</translation>
    </message>
    <message>
        <source>Removal status</source>
        <translation>Status da remoção</translation>
    </message>
    <message>
        <source>The volume is in use by %1: remove those containers first.</source>
        <translation>O volume está em uso por %1: remova esses contêineres primeiro.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Removing the volume…</source>
        <translation>Removendo o volume…</translation>
    </message>
    <message>
        <source>The volume %1 was removed.</source>
        <translation>O volume %1 foi removido.</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>RunConfig</name>
    <message>
        <source>The environment variable %1 is %2 long; a program can be given at most 128 KiB per variable. Pass a large value in a file instead (a bind mount).</source>
        <translation>A variável de ambiente %1 tem %2; um programa pode receber no máximo 128 KiB por variável. Passe um valor grande num arquivo (uma montagem bind).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name: it must start with a letter or a digit and have at least two characters, using only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; não é um nome de contêiner válido: deve começar com uma letra ou um dígito e ter pelo menos dois caracteres, usando só letras, dígitos, &apos;_&apos;, &apos;.&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Restart policy &quot;%1&quot;: use no, always, unless-stopped or on-failure[:N].</source>
        <translation>Política de reinício &quot;%1&quot;: use no, always, unless-stopped ou on-failure[:N].</translation>
    </message>
    <message>
        <source>Restart policy &quot;%1&quot;: only on-failure takes a number of retries.</source>
        <translation>Política de reinício &quot;%1&quot;: só on-failure aceita um número de tentativas.</translation>
    </message>
    <message>
        <source>Restart policy &quot;%1&quot;: the number of retries must be a whole number, 0 or more.</source>
        <translation>Política de reinício &quot;%1&quot;: o número de tentativas deve ser um número inteiro, 0 ou mais.</translation>
    </message>
    <message>
        <source>Choose an image to run.</source>
        <translation>Escolha uma imagem para executar.</translation>
    </message>
    <message>
        <source>The environment variable &quot;%1&quot; has no name.</source>
        <translation>A variável de ambiente &quot;%1&quot; não tem nome.</translation>
    </message>
    <message>
        <source>The environment variable name &quot;%1&quot; contains a space.</source>
        <translation>O nome da variável de ambiente &quot;%1&quot; contém um espaço.</translation>
    </message>
    <message>
        <source>Host port %1/%2 is published twice.</source>
        <translation>A porta do host %1/%2 foi publicada duas vezes.</translation>
    </message>
    <message>
        <source>The path in the container &quot;%1&quot; must be absolute (start with /).</source>
        <translation>O caminho no contêiner &quot;%1&quot; deve ser absoluto (começar com /).</translation>
    </message>
    <message>
        <source>Two mounts use the same path in the container: %1.</source>
        <translation>Duas montagens usam o mesmo caminho no contêiner: %1.</translation>
    </message>
    <message>
        <source>The bind mount on %1 needs a host path.</source>
        <translation>A montagem bind em %1 precisa de um caminho do host.</translation>
    </message>
    <message>
        <source>The host path %1 is relative; write it as an absolute path (starting with /).</source>
        <translation>O caminho do host %1 é relativo; escreva-o como caminho absoluto (começando com /).</translation>
    </message>
    <message>
        <source>The host path %1 does not exist. Create it first, or correct the path.</source>
        <translation>O caminho do host %1 não existe. Crie-o primeiro ou corrija o caminho.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid volume name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at least two characters).</source>
        <translation>&quot;%1&quot; não é um nome de volume válido (letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; pelo menos dois caracteres).</translation>
    </message>
    <message>
        <source>The anonymous volume on %1 cannot be read-only (the engine refuses it): give the volume a name, or make it writable.</source>
        <translation>O volume anônimo em %1 não pode ser somente leitura (o motor recusa): dê um nome ao volume ou torne-o gravável.</translation>
    </message>
    <message>
        <source>The working directory &quot;%1&quot; must be an absolute path (start with /).</source>
        <translation>O diretório de trabalho &quot;%1&quot; deve ser um caminho absoluto (começar com /).</translation>
    </message>
    <message>
        <source>A container removed when it exits (--rm) cannot have a restart policy: choose one or the other.</source>
        <translation>Um contêiner removido ao sair (--rm) não pode ter política de reinício: escolha um ou outro.</translation>
    </message>
    <message>
        <source>The number of retries must be 0 or more.</source>
        <translation>O número de tentativas deve ser 0 ou mais.</translation>
    </message>
    <message>
        <source>A label has no name (its value is &quot;%1&quot;).</source>
        <translation>Um label não tem nome (seu valor é &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The network &quot;%1&quot; contains a space.</source>
        <translation>A rede &quot;%1&quot; contém um espaço.</translation>
    </message>
    <message>
        <source>Name the container whose network to share: container:&lt;name&gt;.</source>
        <translation>Indique o contêiner cuja rede será compartilhada: container:&lt;nome&gt;.</translation>
    </message>
    <message>
        <source>This is not a &quot;%1 run&quot; command line: after &quot;%1&quot; comes &quot;%2&quot;.</source>
        <translation>Esta não é uma linha de comando &quot;%1 run&quot;: depois de &quot;%1&quot; vem &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The command line is empty: paste a &quot;docker run ...&quot; command.</source>
        <translation>A linha de comando está vazia: cole um comando &quot;docker run ...&quot;.</translation>
    </message>
    <message>
        <source>%1 %2: an environment variable needs a name.</source>
        <translation>%1 %2: uma variável de ambiente precisa de um nome.</translation>
    </message>
    <message>
        <source>%1 %2: a label needs a name.</source>
        <translation>%1 %2: um label precisa de um nome.</translation>
    </message>
    <message>
        <source>Cais cannot set the option %1 from a command line. Remove it, or run the command in a terminal.</source>
        <translation>Não foi possível definir a opção %1 a partir de uma linha de comando. Remova-a ou execute o comando em um terminal.</translation>
    </message>
    <message>
        <source>%1 takes true or false, not &quot;%2&quot;.</source>
        <translation>%1 aceita true ou false, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 precisa de um valor.</translation>
    </message>
    <message>
        <source>The command line names no image to run.</source>
        <translation>A linha de comando não indica nenhuma imagem para executar.</translation>
    </message>
    <message>
        <source>A quote (%1) is not closed.</source>
        <translation>Uma aspa (%1) não foi fechada.</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message numerus="yes">
        <source>(%n more character(s), copied with Copy)</source>
        <translation>
            <numerusform>(mais %n caractere, copiado com Copiar)</numerusform>
            <numerusform>(mais %n caracteres, copiados com Copiar)</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment variable name &quot;%1&quot; contains &quot;=&quot;; put what follows it in the value.</source>
        <translation>O nome da variável de ambiente &quot;%1&quot; contém &quot;=&quot;; coloque o que vem depois dele no valor.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema em %1</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Keep standard input open (-i)</source>
        <translation>Manter a entrada padrão aberta (-i)</translation>
    </message>
    <message>
        <source>Allocate a terminal (-t)</source>
        <translation>Alocar um terminal (-t)</translation>
    </message>
    <message>
        <source>Remove the container when it exits (--rm)</source>
        <translation>Remover o contêiner ao sair (--rm)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>Run a Container</source>
        <translation>Executar um contêiner</translation>
    </message>
    <message>
        <source>Run a container</source>
        <translation>Executar um contêiner</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Image to run, e.g. cais-test/shell:1</source>
        <translation>Imagem a executar, ex.: cais-test/shell:1</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Nome do contêiner</translation>
    </message>
    <message>
        <source>Chosen by the engine</source>
        <translation>Escolhido pelo motor</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>The image&apos;s default command</source>
        <translation>O comando padrão da imagem</translation>
    </message>
    <message>
        <source>Words as in a shell: sh -c &apos;echo hello&apos;</source>
        <translation>Palavras como em um shell: sh -c &apos;echo hello&apos;</translation>
    </message>
    <message>
        <source>Override the entrypoint</source>
        <translation>Substituir o entrypoint</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>The image&apos;s entrypoint</source>
        <translation>O entrypoint da imagem</translation>
    </message>
    <message>
        <source>One program (--entrypoint). Empty with Override checked: no entrypoint at all.</source>
        <translation>Um programa (--entrypoint). Vazio com Substituir marcado: nenhum entrypoint.</translation>
    </message>
    <message>
        <source>How to run</source>
        <translation>Como executar</translation>
    </message>
    <message>
        <source>Detached, in the background (-d)</source>
        <translation>Desanexado, em segundo plano (-d)</translation>
    </message>
    <message>
        <source>Interactive, in a terminal (-it)</source>
        <translation>Interativo, em um terminal (-it)</translation>
    </message>
    <message>
        <source>Attached, showing its output</source>
        <translation>Anexado, mostrando a saída</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Política de reinício</translation>
    </message>
    <message>
        <source>Never (engine default)</source>
        <translation>Nunca (padrão do motor)</translation>
    </message>
    <message>
        <source>No (--restart no)</source>
        <translation>Não (--restart no)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation>A menos que seja parado</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Em caso de falha</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>Máximo de tentativas</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>retries: </source>
        <translation>tentativas: </translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Engine default</source>
        <translation>Padrão do motor</translation>
    </message>
    <message>
        <source>bridge, host, none, container:&lt;name&gt;, or the name of a network</source>
        <translation>bridge, host, none, container:&lt;nome&gt; ou o nome de uma rede</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Diretório de trabalho</translation>
    </message>
    <message>
        <source>The image&apos;s</source>
        <translation>O da imagem</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>The image&apos;s (name, uid or uid:gid)</source>
        <translation>O da imagem (nome, uid ou uid:gid)</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Imagem:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Entrypoint:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Re&amp;start:</source>
        <translation>Reiníci&amp;o:</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Diretório de trabalho:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variáveis de ambiente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Portas publicadas</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Endereço do host</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Porta do host</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Porta do contêiner</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Volumes and bind mounts</source>
        <translation>Volumes e montagens bind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Host path or volume</source>
        <translation>Caminho do host ou volume</translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation>Caminho no contêiner</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Empty: every address of the host</source>
        <translation>Vazio: todos os endereços do host</translation>
    </message>
    <message>
        <source>Empty: the engine picks a free port. A range, like 8000-8010, is allowed.</source>
        <translation>Vazio: o motor escolhe uma porta livre. Um intervalo, como 8000-8010, é permitido.</translation>
    </message>
    <message>
        <source>An absolute path on the engine&apos;s host (bind mount), a volume name, or empty for an anonymous volume</source>
        <translation>Um caminho absoluto no host do motor (montagem bind), um nome de volume, ou vazio para um volume anônimo</translation>
    </message>
    <message>
        <source>Environment, ports, volumes and labels</source>
        <translation>Ambiente, portas, volumes e labels</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Equivalent command line</source>
        <translation>Linha de comando equivalente</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Copiar a linha de comando</translation>
    </message>
    <message>
        <source>&amp;Paste a Command Line…</source>
        <translation>Co&amp;lar uma linha de comando…</translation>
    </message>
    <message>
        <source>Fill the dialog from a docker run command line</source>
        <translation>Preencher a caixa de diálogo a partir de uma linha de comando docker run</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status da execução</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Adicionar uma linha em %1</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Remove the selected rows of %1</source>
        <translation>Remover as linhas selecionadas de %1</translation>
    </message>
    <message>
        <source>No value: Cais passes its own value of %1, as the docker CLI does with -e %1</source>
        <translation>Sem valor: o Cais passa o próprio valor de %1, como a CLI do docker faz com -e %1</translation>
    </message>
    <message>
        <source>Protocol of port mapping %1</source>
        <translation>Protocolo do mapeamento de porta %1</translation>
    </message>
    <message>
        <source>Bind mount</source>
        <translation>Montagem bind</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <source>Type of mount %1</source>
        <translation>Tipo da montagem %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Comando: %1</translation>
    </message>
    <message>
        <source>A tmpfs mount has no host path or volume (row %1 of Volumes).</source>
        <translation>Uma montagem tmpfs não tem caminho do host nem volume (linha %1 de Volumes).</translation>
    </message>
    <message>
        <source>Environment (%1)</source>
        <translation>Ambiente (%1)</translation>
    </message>
    <message>
        <source>Ports (%1)</source>
        <translation>Portas (%1)</translation>
    </message>
    <message>
        <source>Volumes (%1)</source>
        <translation>Volumes (%1)</translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation>Labels (%1)</translation>
    </message>
    <message>
        <source>Paste a Command Line</source>
        <translation>Colar uma linha de comando</translation>
    </message>
    <message>
        <source>Paste a command line</source>
        <translation>Colar uma linha de comando</translation>
    </message>
    <message>
        <source>docker run command line</source>
        <translation>Linha de comando docker run</translation>
    </message>
    <message>
        <source>Why the command line cannot be used</source>
        <translation>Por que a linha de comando não pode ser usada</translation>
    </message>
    <message>
        <source>&amp;Fill the Dialog</source>
        <translation>&amp;Preencher a caixa de diálogo</translation>
    </message>
    <message>
        <source>Fill the dialog</source>
        <translation>Preencher a caixa de diálogo</translation>
    </message>
    <message>
        <source>Paste a docker run (or podman run) command line; line continuations and quotes are fine.</source>
        <translation>Cole uma linha de comando docker run (ou podman run); continuações de linha e aspas são aceitas.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Não conectado a um motor.</translation>
    </message>
    <message>
        <source>Creating the container…</source>
        <translation>Criando o contêiner…</translation>
    </message>
    <message>
        <source>Could not create the container: %1</source>
        <translation>Não foi possível criar o contêiner: %1</translation>
    </message>
    <message>
        <source>Starting the container…</source>
        <translation>Iniciando o contêiner…</translation>
    </message>
    <message>
        <source>%1 did not start and was removed (--rm). %2</source>
        <translation>%1 não iniciou e foi removido (--rm). %2</translation>
    </message>
    <message>
        <source>%1 was created but did not start. It stays in the list as Created: fix the cause, then start or remove it there. %2</source>
        <translation>%1 foi criado, mas não iniciou. Ele fica na lista como Created: corrija a causa e depois inicie-o ou remova-o lá. %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>What this does to the original container</source>
        <translation>O que isto faz com o contêiner original</translation>
    </message>
    <message>
        <source>Connecting the container to its networks…</source>
        <translation>Conectando o contêiner às suas redes…</translation>
    </message>
    <message>
        <source>%1 was created but could not be connected to all of its networks: %2</source>
        <translation>%1 foi criado, mas não pôde ser conectado a todas as suas redes: %2</translation>
    </message>
    <message>
        <source>Kept as they were (no field here): %1</source>
        <translation>Mantidas como estavam (sem campo aqui): %1</translation>
    </message>
    <message>
        <source>Edit and Recreate %1</source>
        <translation>Editar e recriar %1</translation>
    </message>
    <message>
        <source>Edit and recreate %1</source>
        <translation>Editar e recriar %1</translation>
    </message>
    <message>
        <source>&amp;Recreate</source>
        <translation>&amp;Recriar</translation>
    </message>
    <message>
        <source>Recreate replaces %1 with a new container made from these settings: it stops %1, renames it aside, creates and starts the new one, and removes %1 only once the new one runs. Its anonymous volumes go to the new container. If a step fails, %1 is put back as it was: its name, and running again if it ran.</source>
        <translation>Recriar substitui %1 por um novo contêiner feito com estas configurações: para %1, renomeia-o e o põe de lado, cria e inicia o novo, e só remove %1 quando o novo estiver em execução. Os volumes anônimos passam para o novo contêiner. Se uma etapa falhar, %1 volta a ser como era: o mesmo nome, e em execução de novo se estava.</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>C&amp;reate and Start</source>
        <translation>C&amp;riar e iniciar</translation>
    </message>
    <message>
        <source>A new container with the settings of %1; %1 itself is not touched. Fixed addresses (IP, MAC) are left out: only one container can have them.</source>
        <translation>Um novo contêiner com as configurações de %1; o próprio %1 não é alterado. Endereços fixos (IP, MAC) ficam de fora: só um contêiner pode tê-los.</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>its name is an absolute path, which could point anywhere on this computer</source>
        <translation>o nome é um caminho absoluto, que poderia apontar para qualquer lugar deste computador</translation>
    </message>
    <message>
        <source>its name climbs out of the destination folder with “..”</source>
        <translation>o nome sai da pasta de destino com “..”</translation>
    </message>
    <message>
        <source>it would be written through the symbolic link “%1”</source>
        <translation>seria gravado através do link simbólico “%1”</translation>
    </message>
    <message>
        <source>its folder “%1” is not in the copy</source>
        <translation>a pasta “%1” não está na cópia</translation>
    </message>
    <message>
        <source>“%1” is not a folder</source>
        <translation>“%1” não é uma pasta</translation>
    </message>
    <message>
        <source>its folder cannot be opened (%1)</source>
        <translation>a pasta não pode ser aberta (%1)</translation>
    </message>
    <message>
        <source>a folder of that name is already there and is not replaced by a file</source>
        <translation>já existe uma pasta com esse nome, e ela não é substituída por um arquivo</translation>
    </message>
    <message>
        <source>a file of that name is already there and is not replaced by a folder</source>
        <translation>já existe um arquivo com esse nome, e ele não é substituído por uma pasta</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced (%1)</source>
        <translation>o arquivo existente não pode ser substituído (%1)</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation>A cópia foi cancelada.</translation>
    </message>
    <message>
        <source>The archive stopped before its end.</source>
        <translation>O arquivo tar terminou antes do fim.</translation>
    </message>
    <message>
        <source>The archive is damaged: %1</source>
        <translation>O arquivo tar está danificado: %1</translation>
    </message>
    <message>
        <source>it would replace the destination folder itself</source>
        <translation>substituiria a própria pasta de destino</translation>
    </message>
    <message>
        <source>device files, fifos and sockets are not recreated on this computer</source>
        <translation>arquivos de dispositivo, fifos e sockets não são recriados neste computador</translation>
    </message>
    <message>
        <source>it is a hard link to “%1”, which is not a file of this copy</source>
        <translation>é um link físico para “%1”, que não é um arquivo desta cópia</translation>
    </message>
    <message>
        <source>the hard link cannot be made (%1)</source>
        <translation>o link físico não pode ser criado (%1)</translation>
    </message>
    <message>
        <source>the folder cannot be created (%1)</source>
        <translation>a pasta não pode ser criada (%1)</translation>
    </message>
    <message>
        <source>the symbolic link cannot be created (%1)</source>
        <translation>o link simbólico não pode ser criado (%1)</translation>
    </message>
    <message>
        <source>the file cannot be created (%1)</source>
        <translation>o arquivo não pode ser criado (%1)</translation>
    </message>
    <message>
        <source>The archive stopped in the middle of “%1”: %2</source>
        <translation>O arquivo tar terminou no meio de “%1”: %2</translation>
    </message>
    <message>
        <source>Cais could not write “%1” (%2). Check the free space and permissions of the destination.</source>
        <translation>O Cais não conseguiu gravar “%1” (%2). Confira o espaço livre e as permissões do destino.</translation>
    </message>
    <message>
        <source>Cais could not finish “%1” (%2).</source>
        <translation>O Cais não conseguiu concluir “%1” (%2).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be opened to copy into it (%2).</source>
        <translation>A pasta “%1” não pode ser aberta para receber a cópia (%2).</translation>
    </message>
    <message>
        <source>Cais could not start reading the archive (out of memory).</source>
        <translation>O Cais não conseguiu começar a ler o arquivo tar (memória esgotada).</translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>O arquivo tar não pode ser lido: %1</translation>
    </message>
    <message>
        <source>The archive “%1” cannot be opened (%2).</source>
        <translation>O arquivo tar “%1” não pode ser aberto (%2).</translation>
    </message>
    <message>
        <source>the file cannot be put in its place (%1)</source>
        <translation>o arquivo não pode ser posto no seu lugar (%1)</translation>
    </message>
</context>
<context>
    <name>SaveImagesDialog</name>
    <message>
        <source>Save Images</source>
        <translation>Salvar imagens</translation>
    </message>
    <message>
        <source>Save images to an archive</source>
        <translation>Salvar imagens em um arquivo</translation>
    </message>
    <message>
        <source>Write the chosen images, with their tags and layers, to one archive (docker save). Load it on any Docker or Podman engine.</source>
        <translation>Gravar as imagens escolhidas, com as tags e as camadas delas, em um só arquivo (docker save). Carregue-o em qualquer motor Docker ou Podman.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Save Images As</source>
        <translation>Salvar imagens como</translation>
    </message>
    <message>
        <source>Filter the images</source>
        <translation>Filtrar as imagens</translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation>Filtrar por nome ou ID</translation>
    </message>
    <message>
        <source>Images to save</source>
        <translation>Imagens a salvar</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>O que será salvo</translation>
    </message>
    <message>
        <source>%1 (no tag, loads back without a name) · %2</source>
        <translation>%1 (sem tag, volta a carregar sem nome) · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imagens:</translation>
    </message>
    <message>
        <source>Check the images to save.</source>
        <translation>Marque as imagens a salvar.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), about %1 before compression (layers they share are written once).</source>
        <translation>
            <numerusform>%n imagem, cerca de %1 antes da compactação (camadas compartilhadas são gravadas uma só vez).</numerusform>
            <numerusform>%n imagens, cerca de %1 antes da compactação (camadas compartilhadas são gravadas uma só vez).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s) to %1 (%2).</source>
        <translation>
            <numerusform>%n imagem salva em %1 (%2).</numerusform>
            <numerusform>%n imagens salvas em %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search Docker Hub</source>
        <translation>Pesquisar no Docker Hub</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>a name or a word, such as “postgres” or “web server”</source>
        <translation>um nome ou uma palavra, como “postgres” ou “web server”</translation>
    </message>
    <message>
        <source>Search term</source>
        <translation>Termo de pesquisa</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>&amp;Official images only</source>
        <translation>Somente imagens &amp;oficiais</translation>
    </message>
    <message>
        <source>Official images only</source>
        <translation>Somente imagens oficiais</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado da pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>&amp;Baixar…</translation>
    </message>
    <message>
        <source>Pull the selected image</source>
        <translation>Baixar a imagem selecionada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Searching Docker Hub for “%1”…</source>
        <translation>Pesquisando “%1” no Docker Hub…</translation>
    </message>
    <message>
        <source>Docker Hub has no image matching “%1”.</source>
        <translation>O Docker Hub não tem nenhuma imagem que corresponda a “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>%n resultado para “%1”.</numerusform>
            <numerusform>%n resultados para “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search asks the engine to look on Docker Hub. Official images are maintained by Docker and the software&apos;s authors.</source>
        <translation>A pesquisa pede ao motor que procure no Docker Hub. As imagens oficiais são mantidas pela Docker e pelos autores do software.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Pesquisando</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Official</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <source>An official image, maintained by Docker and the software&apos;s authors.</source>
        <translation>Uma imagem oficial, mantida pela Docker e pelos autores do software.</translation>
    </message>
    <message>
        <source>Official image</source>
        <translation>Imagem oficial</translation>
    </message>
    <message>
        <source>Not an official image</source>
        <translation>Não é uma imagem oficial</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrela</numerusform>
            <numerusform>%n estrelas</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrelas</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>Não foi possível obter a trava %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Não foi possível escutar em %1: %2</translation>
    </message>
    <message>
        <source>Cais is already running on this display but did not answer (%1). Close it, or end its process, and start Cais again.</source>
        <translation>O Cais já está em execução nesta tela, mas não respondeu (%1). Feche-o, ou encerre o processo dele, e inicie o Cais de novo.</translation>
    </message>
</context>
<context>
    <name>SshPromptDialog</name>
    <message>
        <source>Unknown ssh host</source>
        <translation>Host ssh desconhecido</translation>
    </message>
    <message>
        <source>ssh asks</source>
        <translation>O ssh pergunta</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>este host</translation>
    </message>
    <message>
        <source>Cais has never connected to %1 over ssh, and ssh cannot check that it is the host you mean. Trust its key only if you know it is right: ssh then remembers it in your known_hosts file.</source>
        <translation>O Cais nunca se conectou a %1 por ssh, e o ssh não consegue verificar que é o host que você quer. Confie na chave dele só se souber que está certa: o ssh então a guarda no seu arquivo known_hosts.</translation>
    </message>
    <message>
        <source>Cais has never connected to %1 over ssh, and ssh cannot check that it is the host you mean. Its key fingerprint is:

%2

Trust it only if this is your host&apos;s fingerprint (&quot;ssh-keygen -lf&quot; on the host shows it): ssh then remembers it in your known_hosts file.</source>
        <translation>O Cais nunca se conectou a %1 por ssh, e o ssh não consegue verificar que é o host que você quer. A impressão digital da chave dele é:

%2

Confie nela só se for a impressão digital do seu host (&quot;ssh-keygen -lf&quot; no host a mostra): o ssh então a guarda no seu arquivo known_hosts.</translation>
    </message>
    <message>
        <source>ssh needs an answer to connect to the engine:</source>
        <translation>O ssh precisa de uma resposta para se conectar ao motor:</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>What ssh asks</source>
        <translation>O que o ssh pergunta</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Confiar e conectar</translation>
    </message>
    <message>
        <source>Trust the host key and connect</source>
        <translation>Confiar na chave do host e conectar</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation>&amp;Não conectar</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Não conectar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Enviar a resposta</translation>
    </message>
    <message>
        <source>Cancel the connection</source>
        <translation>Cancelar a conexão</translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <source>Cannot reach %1: the ssh program was not found. Install the OpenSSH client (&quot;sudo apt install openssh-client&quot;).</source>
        <translation>Não é possível alcançar %1: o programa ssh não foi encontrado. Instale o cliente OpenSSH (&quot;sudo apt install openssh-client&quot;).</translation>
    </message>
    <message>
        <source>ssh to %1 works, but the remote user may not use its engine. Add that user to the &quot;docker&quot; group on the remote host.</source>
        <translation>O ssh para %1 funciona, mas o usuário remoto não pode usar o motor de lá. Adicione esse usuário ao grupo &quot;docker&quot; no host remoto.</translation>
    </message>
    <message>
        <source>ssh to %1 works, but no engine runs there at the address its docker CLI uses. Start the engine on the remote host, or name its socket in the address (ssh://host/run/docker.sock).</source>
        <translation>O ssh para %1 funciona, mas nenhum motor roda lá no endereço que o docker CLI de lá usa. Inicie o motor no host remoto, ou indique o socket dele no endereço (ssh://host/run/docker.sock).</translation>
    </message>
    <message>
        <source>The host key of %1 has changed since you last connected. Someone may be intercepting the connection, or the host was reinstalled. Check with its administrator, then remove the old key with &quot;ssh-keygen -R %1&quot; and connect again.</source>
        <translation>A chave do host %1 mudou desde a última conexão. Alguém pode estar interceptando a conexão, ou o host foi reinstalado. Confirme com quem o administra, depois remova a chave antiga com &quot;ssh-keygen -R %1&quot; e conecte de novo.</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted, so Cais did not connect. Connect again and accept the key if its fingerprint is the one of your host (&quot;ssh-keyscan %1 | ssh-keygen -lf -&quot; on a trusted network shows it).</source>
        <translation>A chave do host %1 não foi aceita, então o Cais não se conectou. Conecte de novo e aceite a chave se a impressão digital for a do seu host (&quot;ssh-keyscan %1 | ssh-keygen -lf -&quot; numa rede confiável a mostra).</translation>
    </message>
    <message>
        <source>%1 refused the login. Check the user name in the address, and that your ssh key is in the remote user&apos;s authorized_keys (&quot;ssh-copy-id %1&quot;) or loaded in your ssh agent (&quot;ssh-add&quot;).</source>
        <translation>%1 recusou o login. Confira o nome de usuário no endereço, e se a sua chave ssh está no authorized_keys do usuário remoto (&quot;ssh-copy-id %1&quot;) ou carregada no seu agente ssh (&quot;ssh-add&quot;).</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is unknown. Check the address, or the Host entries of your ssh config.</source>
        <translation>O host &quot;%1&quot; é desconhecido. Confira o endereço, ou as entradas Host da sua configuração do ssh.</translation>
    </message>
    <message>
        <source>Nothing accepts ssh connections at %1. Check the host and port, and that the ssh server runs there.</source>
        <translation>Nada aceita conexões ssh em %1. Confira o host e a porta, e se o servidor ssh roda lá.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (ssh gave up after 30 seconds).</source>
        <translation>%1 não respondeu a tempo (o ssh desistiu após 30 segundos).</translation>
    </message>
    <message>
        <source>There is no docker command on %1. Install the docker CLI there: Cais runs &quot;docker system dial-stdio&quot; on the remote host, as the docker CLI does.</source>
        <translation>Não há comando docker em %1. Instale o docker CLI lá: o Cais executa &quot;docker system dial-stdio&quot; no host remoto, como o docker CLI faz.</translation>
    </message>
    <message>
        <source>The docker command on %1 cannot relay a connection (&quot;docker system dial-stdio&quot; needs Docker 18.09 or later; Podman&apos;s docker alias lacks it). Install the docker CLI there.</source>
        <translation>O comando docker em %1 não consegue repassar uma conexão (&quot;docker system dial-stdio&quot; precisa do Docker 18.09 ou mais novo; o apelido docker do Podman não o tem). Instale o docker CLI lá.</translation>
    </message>
    <message>
        <source>%1 closed the ssh connection.</source>
        <translation>%1 fechou a conexão ssh.</translation>
    </message>
    <message>
        <source>The ssh connection to %1 was cut.</source>
        <translation>A conexão ssh com %1 foi cortada.</translation>
    </message>
    <message>
        <source>The ssh connection to %1 ended (exit code %2).</source>
        <translation>A conexão ssh com %1 terminou (código de saída %2).</translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation>O ssh para %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
</context>
<context>
    <name>StatsStream</name>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sem conexão com um motor.</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S de bloco</translation>
    </message>
    <message>
        <source>Current CPU</source>
        <translation>CPU atual</translation>
    </message>
    <message>
        <source>Current memory</source>
        <translation>Memória atual</translation>
    </message>
    <message>
        <source>Current network I/O</source>
        <translation>E/S de rede atual</translation>
    </message>
    <message>
        <source>Current block I/O</source>
        <translation>E/S de bloco atual</translation>
    </message>
    <message>
        <source>Container stats</source>
        <translation>Estatísticas do contêiner</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Último minuto</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Janela de tempo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidos</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Gravados</translation>
    </message>
    <message>
        <source>Stats status</source>
        <translation>Situação das estatísticas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Stats charts</source>
        <translation>Gráficos de estatísticas</translation>
    </message>
    <message>
        <source>The container is not running: there are no current figures.</source>
        <translation>O contêiner não está em execução: não há valores atuais.</translation>
    </message>
    <message>
        <source>CPU: measuring…</source>
        <translation>CPU: medindo…</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>Memory: %1 (%2) · PIDs: %3</source>
        <translation>Memória: %1 (%2) · PIDs: %3</translation>
    </message>
    <message>
        <source>Network: received %1/s, sent %2/s · in all %3</source>
        <translation>Rede: recebidos %1/s, enviados %2/s · no total %3</translation>
    </message>
    <message>
        <source>Block I/O: read %1/s, written %2/s · in all %3</source>
        <translation>E/S de bloco: lidos %1/s, gravados %2/s · no total %3</translation>
    </message>
</context>
<context>
    <name>SystemApi</name>
    <message>
        <source>The engine&apos;s answer is not a JSON object.</source>
        <translation>A resposta do motor não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The engine went away.</source>
        <translation>O motor não está mais disponível.</translation>
    </message>
    <message>
        <source>The until filter cannot be used when volumes are pruned too (the engine does not support it for volumes).</source>
        <translation>O filtro until não pode ser usado quando volumes também são limpos (o motor não o aceita para volumes).</translation>
    </message>
    <message>
        <source>Pruning %1 failed: %2</source>
        <translation>A limpeza de %1 falhou: %2</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>contêineres</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>redes</translation>
    </message>
    <message>
        <source>volumes</source>
        <translation>volumes</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <source>the build cache</source>
        <translation>o cache de build</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>Show &amp;every object and what holds it (docker system df -v)</source>
        <translation>Mostrar &amp;cada objeto e o que o usa (docker system df -v)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>&amp;Limpar…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>System sections</source>
        <translation>Seções do sistema</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Uso de disco</translation>
    </message>
    <message>
        <source>Show every object</source>
        <translation>Mostrar cada objeto</translation>
    </message>
    <message>
        <source>Every object and what holds it</source>
        <translation>Cada objeto e o que o usa</translation>
    </message>
    <message>
        <source>Disk usage status</source>
        <translation>Estado do uso de disco</translation>
    </message>
    <message>
        <source>Refresh disk usage</source>
        <translation>Atualizar o uso de disco</translation>
    </message>
    <message>
        <source>Prune unused data</source>
        <translation>Limpar dados não usados</translation>
    </message>
    <message>
        <source>docker system prune: stopped containers, unused networks, dangling images and build cache, with a preview first</source>
        <translation>docker system prune: contêineres parados, redes não usadas, imagens pendentes e cache de build, com uma prévia antes</translation>
    </message>
    <message>
        <source>Disk Usage</source>
        <translation>Uso de Disco</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Could not read the disk usage: %1</source>
        <translation>Não foi possível ler o uso de disco: %1</translation>
    </message>
    <message>
        <source>As docker system df prints it; measured at %1, and again when containers, images, volumes or the build cache change.</source>
        <translation>Como o docker system df mostra; medido às %1, e de novo quando contêineres, imagens, volumes ou o cache de build mudam.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message>
        <source>Prune One Kind</source>
        <translation>Limpar Um Tipo</translation>
    </message>
    <message>
        <source>Prune one kind only</source>
        <translation>Limpar só um tipo</translation>
    </message>
    <message>
        <source>Stopped Containers… (docker container prune)</source>
        <translation>Contêineres Parados… (docker container prune)</translation>
    </message>
    <message>
        <source>Images… (docker image prune)</source>
        <translation>Imagens… (docker image prune)</translation>
    </message>
    <message>
        <source>Volumes… (docker volume prune)</source>
        <translation>Volumes… (docker volume prune)</translation>
    </message>
    <message>
        <source>Build Cache… (docker builder prune)</source>
        <translation>Cache de Build… (docker builder prune)</translation>
    </message>
</context>
<context>
    <name>SystemPruneDialog</name>
    <message>
        <source>Stopped &amp;containers</source>
        <translation>&amp;Contêineres parados</translation>
    </message>
    <message>
        <source>&amp;Networks no running container uses</source>
        <translation>&amp;Redes que nenhum contêiner em execução usa</translation>
    </message>
    <message>
        <source>Anonymous &amp;volumes no container uses (--volumes)</source>
        <translation>&amp;Volumes anônimos que nenhum contêiner usa (--volumes)</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imagens:</translation>
    </message>
    <message>
        <source>&amp;dangling only</source>
        <translation>só as &amp;pendentes</translation>
    </message>
    <message>
        <source>every &amp;unused image (-a)</source>
        <translation>todas as imagens não &amp;usadas (-a)</translation>
    </message>
    <message>
        <source>&amp;Build cache (unused; all of it with -a)</source>
        <translation>Cache de &amp;build (o não usado; todo com -a)</translation>
    </message>
    <message>
        <source>Prune Unused Data</source>
        <translation>Limpar Dados Não Usados</translation>
    </message>
    <message>
        <source>Prune unused data</source>
        <translation>Limpar dados não usados</translation>
    </message>
    <message>
        <source>Prune stopped containers</source>
        <translation>Limpar contêineres parados</translation>
    </message>
    <message>
        <source>Prune unused networks</source>
        <translation>Limpar redes não usadas</translation>
    </message>
    <message>
        <source>Prune anonymous volumes</source>
        <translation>Limpar volumes anônimos</translation>
    </message>
    <message>
        <source>Prune images</source>
        <translation>Limpar imagens</translation>
    </message>
    <message>
        <source>Dangling images only</source>
        <translation>Só imagens pendentes</translation>
    </message>
    <message>
        <source>Every unused image</source>
        <translation>Todas as imagens não usadas</translation>
    </message>
    <message>
        <source>Prune build cache</source>
        <translation>Limpar o cache de build</translation>
    </message>
    <message>
        <source>Prune filters</source>
        <translation>Filtros da limpeza</translation>
    </message>
    <message>
        <source>until=24h label=env=test label!=keep</source>
        <translation>until=24h label=env=test label!=keep</translation>
    </message>
    <message>
        <source>Only what matches every filter goes: until= (a duration, a date or unix seconds; created before it), label=key or label=key=value, label!=… (does not carry).</source>
        <translation>Só sai o que atende a todos os filtros: until= (uma duração, uma data ou segundos unix; criado antes disso), label=chave ou label=chave=valor, label!=… (não tem o rótulo).</translation>
    </message>
    <message>
        <source>Notes about this engine</source>
        <translation>Observações sobre este motor</translation>
    </message>
    <message>
        <source>Prune status</source>
        <translation>Estado da limpeza</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Progresso da prévia</translation>
    </message>
    <message>
        <source>What the prune removes</source>
        <translation>O que a limpeza remove</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Engine&apos;s result</source>
        <translation>Resultado do motor</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>&amp;Refresh Preview</source>
        <translation>&amp;Atualizar Prévia</translation>
    </message>
    <message>
        <source>Refresh the preview</source>
        <translation>Atualizar a prévia</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filtros:</translation>
    </message>
    <message>
        <source>all build cache, not only unused regular records (-a)</source>
        <translation>todo o cache de build, não só registros comuns não usados (-a)</translation>
    </message>
    <message>
        <source>Podman has no build cache prune: that step is left out.</source>
        <translation>O Podman não tem limpeza de cache de build: essa etapa fica de fora.</translation>
    </message>
    <message>
        <source>Podman prunes every unused volume, named ones too, not only anonymous ones.</source>
        <translation>O Podman limpa todos os volumes não usados, também os nomeados, não só os anônimos.</translation>
    </message>
    <message>
        <source>Podman keeps a network while any container, even a stopped one, is attached to it.</source>
        <translation>O Podman mantém uma rede enquanto algum contêiner, mesmo parado, estiver ligado a ela.</translation>
    </message>
    <message>
        <source>Docker accepts label filters for the build cache but ignores them: all unused build cache goes.</source>
        <translation>O Docker aceita filtros de rótulo para o cache de build, mas os ignora: todo o cache de build não usado sai.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sem conexão com um motor.</translation>
    </message>
    <message>
        <source>Working out what would be removed…</source>
        <translation>Calculando o que seria removido…</translation>
    </message>
    <message>
        <source>Cannot preview the prune: %1</source>
        <translation>Não foi possível prever a limpeza: %1</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
    <message>
        <source>goes, frees %1</source>
        <translation>sai, libera %1</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), %1</source>
        <translation>
            <numerusform>%n contêiner, %1</numerusform>
            <numerusform>%n contêineres, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>sai</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n rede</numerusform>
            <numerusform>%n redes</numerusform>
        </translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1</source>
        <translation>
            <numerusform>%n volume, %1</numerusform>
            <numerusform>%n volumes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>&lt;none&gt; (intermediate or dangling)</source>
        <translation>&lt;none&gt; (intermediária ou pendente)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>apagada</translation>
    </message>
    <message>
        <source>untagged; the image stays</source>
        <translation>perde a tag; a imagem fica</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1</source>
        <translation>
            <numerusform>%n imagem, %1</numerusform>
            <numerusform>%n imagens, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>space unknown</source>
        <translation>espaço desconhecido</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Cache de build</translation>
    </message>
    <message>
        <source>not on Podman</source>
        <translation>não existe no Podman</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n registro, %1</numerusform>
            <numerusform>%n registros, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to prune with these options.</source>
        <translation>Nada a limpar com estas opções.</translation>
    </message>
    <message>
        <source>The prune will free %1. Nothing is removed until you press Prune.</source>
        <translation>A limpeza vai liberar %1. Nada é removido até você apertar Limpar.</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Limpando…</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>NOT removed</source>
        <translation>NÃO removido</translation>
    </message>
    <message>
        <source>not in the preview</source>
        <translation>não estava na prévia</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>tag removida</translation>
    </message>
    <message>
        <source>NOT as previewed</source>
        <translation>NÃO como previsto</translation>
    </message>
    <message>
        <source>Total reclaimed space: %1 (the preview said %2).</source>
        <translation>Espaço total recuperado: %1 (a prévia dizia %2).</translation>
    </message>
    <message>
        <source>The engine removed exactly what the preview showed.</source>
        <translation>O motor removeu exatamente o que a prévia mostrou.</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>contêineres</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>redes</translation>
    </message>
    <message>
        <source>volumes</source>
        <translation>volumes</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <source>build cache</source>
        <translation>cache de build</translation>
    </message>
    <message>
        <source>This differs from the preview (%1): the engine changed between the preview and the prune. The rows marked in red show how.</source>
        <translation>Isto difere da prévia (%1): o motor mudou entre a prévia e a limpeza. As linhas marcadas em vermelho mostram como.</translation>
    </message>
    <message>
        <source>Prune Stopped Containers</source>
        <translation>Limpar Contêineres Parados</translation>
    </message>
    <message>
        <source>Prune Images</source>
        <translation>Limpar Imagens</translation>
    </message>
    <message>
        <source>Prune Volumes</source>
        <translation>Limpar Volumes</translation>
    </message>
    <message>
        <source>Prune Build Cache</source>
        <translation>Limpar o Cache de Build</translation>
    </message>
    <message>
        <source>The build cache shares %1 with images (layers that BuildKit also keeps). Docker frees such a layer only when the build cache record goes too, and counts it there: the images may free up to that much less, and the build cache that much more.</source>
        <translation>O cache de build compartilha %1 com imagens (camadas que o BuildKit também guarda). O Docker libera uma camada assim só quando o registro do cache de build também sai, e a conta ali: as imagens podem liberar até isso a menos, e o cache de build isso a mais.</translation>
    </message>
    <message>
        <source>%1 of the images&apos; layers was kept by the build cache until its step, which freed it and counted it.</source>
        <translation>%1 das camadas das imagens ficou com o cache de build até a etapa dele, que a liberou e a contou.</translation>
    </message>
    <message>
        <source>Podman will report %1 for the images: it counts each image&apos;s whole size, layers that images which stay share with them included. What is actually freed is %2.</source>
        <translation>O Podman vai informar %1 para as imagens: ele conta o tamanho inteiro de cada imagem, incluindo as camadas que imagens que ficam compartilham com elas. O que é liberado de fato é %2.</translation>
    </message>
    <message>
        <source>Podman counted each image&apos;s whole size (%1); the space actually freed by the images is %2.</source>
        <translation>O Podman contou o tamanho inteiro de cada imagem (%1); o espaço liberado de fato pelas imagens é %2.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag Image</source>
        <translation>Adicionar tag à imagem</translation>
    </message>
    <message>
        <source>Tag image</source>
        <translation>Adicionar tag à imagem</translation>
    </message>
    <message>
        <source>Give the image %1 (no tag yet) a name.</source>
        <translation>Dê um nome à imagem %1 (ainda sem tag).</translation>
    </message>
    <message>
        <source>Give the image %1 (%2) another name.</source>
        <translation>Dê outro nome à imagem %1 (%2).</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Novo nome</translation>
    </message>
    <message>
        <source>repository[:tag], e.g. myapp:1.0 or localhost:5000/team/app</source>
        <translation>repositório[:tag], p. ex. myapp:1.0 ou localhost:5000/team/app</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Verificação do nome</translation>
    </message>
    <message>
        <source>Then remove the tag %1 (rename)</source>
        <translation>Depois remover a tag %1 (renomear)</translation>
    </message>
    <message>
        <source>Remove the old tag afterwards</source>
        <translation>Remover a tag antiga depois</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Adicionar tag</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Novo nome:</translation>
    </message>
    <message>
        <source>Type a name such as myapp:1.0. Without a tag, “latest” is used.</source>
        <translation>Digite um nome como myapp:1.0. Sem tag, “latest” é usada.</translation>
    </message>
    <message>
        <source>The image already has the name %1.</source>
        <translation>A imagem já tem o nome %1.</translation>
    </message>
    <message>
        <source>Will be tagged %1</source>
        <translation>Receberá a tag %1</translation>
    </message>
    <message>
        <source>(in full: %1)</source>
        <translation>(completo: %1)</translation>
    </message>
    <message>
        <source>%1 now names the image %2: the name moves to this image.</source>
        <translation>%1 agora nomeia a imagem %2: o nome passa para esta imagem.</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>Adicionando tag…</translation>
    </message>
    <message>
        <source>Removing the tag %1…</source>
        <translation>Removendo a tag %1…</translation>
    </message>
    <message>
        <source>Tagged %1, but the old tag stayed: %2</source>
        <translation>Tag %1 adicionada, mas a tag antiga permaneceu: %2</translation>
    </message>
    <message>
        <source>Removes the tag %1 once the image has the new name</source>
        <translation>Remove a tag %1 depois que a imagem tiver o novo nome</translation>
    </message>
</context>
<context>
    <name>TagImagesDialog</name>
    <message>
        <source>Tag Images</source>
        <translation>Marcar Imagens</translation>
    </message>
    <message>
        <source>Tag images</source>
        <translation>Marcar imagens</translation>
    </message>
    <message numerus="yes">
        <source>Give each of these %n name(s) a new one, as “docker tag” does: the old names stay.</source>
        <translation>
            <numerusform>Dê a este %n nome um novo, como faz o “docker tag”: o nome antigo fica.</numerusform>
            <numerusform>Dê a cada um destes %n nomes um novo, como faz o “docker tag”: os nomes antigos ficam.</numerusform>
        </translation>
    </message>
    <message>
        <source>In front of each name</source>
        <translation>Na frente de cada nome</translation>
    </message>
    <message>
        <source>registry.example:5000/team</source>
        <translation>registro.exemplo:5000/equipe</translation>
    </message>
    <message>
        <source>Tag for every new name</source>
        <translation>Tag para cada nome novo</translation>
    </message>
    <message>
        <source>each keeps its own tag</source>
        <translation>cada um mantém a sua tag</translation>
    </message>
    <message>
        <source>&amp;In front of each name:</source>
        <translation>&amp;Na frente de cada nome:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>The new names</source>
        <translation>Os nomes novos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nome novo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Tagging status</source>
        <translation>Estado da marcação</translation>
    </message>
    <message>
        <source>Type what goes in front of the names, or a tag.</source>
        <translation>Digite o que vai na frente dos nomes, ou uma tag.</translation>
    </message>
    <message>
        <source>Two names would become %1: give them different tags or leave the tag empty.</source>
        <translation>Dois nomes virariam %1: dê tags diferentes ou deixe a tag vazia.</translation>
    </message>
    <message>
        <source>The engine adds these names; nothing is copied or pushed.</source>
        <translation>O motor acrescenta estes nomes; nada é copiado nem enviado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n name(s) tagged.</source>
        <translation>
            <numerusform>%1 de %n nome marcado.</numerusform>
            <numerusform>%1 de %n nomes marcados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see why in the list.</source>
        <translation>
            <numerusform>%n falhou: veja o motivo na lista.</numerusform>
            <numerusform>%n falharam: veja o motivo na lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>Marcando…</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tag %n Name(s)</source>
        <translation>
            <numerusform>&amp;Marcar %n Nome</numerusform>
            <numerusform>&amp;Marcar %n Nomes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerminalTabs</name>
    <message>
        <source>Terminals</source>
        <translation>Terminais</translation>
    </message>
    <message>
        <source>Open terminals</source>
        <translation>Terminais abertos</translation>
    </message>
    <message>
        <source>Close Terminal</source>
        <translation>Fechar terminal</translation>
    </message>
    <message>
        <source>Run a Command in %1</source>
        <translation>Executar um comando em %1</translation>
    </message>
    <message>
        <source>Command to run in the container (leave empty for a shell: bash if it has one, else sh):</source>
        <translation>Comando a executar no contêiner (deixe vazio para um shell: bash se houver, senão sh):</translation>
    </message>
    <message>
        <source>Run a command in a container</source>
        <translation>Executar um comando em um contêiner</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>%1 still runs. Closing its terminal ends it.</source>
        <translation>%1 ainda roda. Fechar o terminal o encerra.</translation>
    </message>
    <message>
        <source>%1 is attached. Closing its terminal detaches; the container keeps running.</source>
        <translation>%1 está anexado. Fechar o terminal o desanexa; o contêiner continua rodando.</translation>
    </message>
    <message>
        <source>Close terminal</source>
        <translation>Fechar terminal</translation>
    </message>
    <message>
        <source>&amp;Close Terminal</source>
        <translation>&amp;Fechar Terminal</translation>
    </message>
    <message>
        <source>Close the terminal</source>
        <translation>Fechar o terminal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>Container terminal</source>
        <translation>Terminal do contêiner</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Keystrokes go to the process in the container.</source>
        <translation>As teclas digitadas vão para o processo no contêiner.</translation>
    </message>
    <message>
        <source>Terminal status</source>
        <translation>Status do terminal</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Anexando…</translation>
    </message>
    <message>
        <source>The process exited with code %1.</source>
        <translation>O processo terminou com o código %1.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>A sessão terminou.</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Executar de novo</translation>
    </message>
    <message>
        <source>The container stopped with exit code %1.</source>
        <translation>O contêiner parou com o código de saída %1.</translation>
    </message>
    <message>
        <source>Detached. The container may still be running.</source>
        <translation>Desanexado. O contêiner pode ainda estar em execução.</translation>
    </message>
    <message>
        <source>Attach Again</source>
        <translation>Anexar de novo</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Iniciar de novo</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>shell</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 (attached)</source>
        <translation>%1 (anexado)</translation>
    </message>
    <message>
        <source>%1 — exited %2</source>
        <translation>%1 — saiu %2</translation>
    </message>
    <message>
        <source>%1 — ended</source>
        <translation>%1 — terminou</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — falhou</translation>
    </message>
    <message>
        <source>Search the terminal</source>
        <translation>Pesquisar no terminal</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Dica</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Change Limits and Restart Policy</source>
        <translation>Alterar limites e política de reinício</translation>
    </message>
    <message>
        <source>Change the container&apos;s limits and restart policy</source>
        <translation>Alterar os limites e a política de reinício do contêiner</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Política de reinício</translation>
    </message>
    <message>
        <source>No (never restart)</source>
        <translation>Não (nunca reiniciar)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation>A menos que seja parado</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Em caso de falha</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>Máximo de tentativas</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>retries: </source>
        <translation>tentativas: </translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite de CPU</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source> CPUs</source>
        <translation> CPUs</translation>
    </message>
    <message>
        <source>How many CPUs&apos; worth of time the container may use (docker update --cpus). 0.5 is half of one CPU.</source>
        <translation>Quanto tempo de CPU, em CPUs, o contêiner pode usar (docker update --cpus). 0,5 é metade de uma CPU.</translation>
    </message>
    <message>
        <source>Memory limit in MiB</source>
        <translation>Limite de memória em MiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The most memory the container may use (docker update --memory); it is killed when it needs more.</source>
        <translation>O máximo de memória que o contêiner pode usar (docker update --memory); ele é encerrado quando precisa de mais.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Aplicar as alterações</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Restart policy:</source>
        <translation>Política de &amp;reinício:</translation>
    </message>
    <message>
        <source>&amp;CPU limit:</source>
        <translation>Limite de &amp;CPU:</translation>
    </message>
    <message>
        <source>&amp;Memory limit:</source>
        <translation>Limite de &amp;memória:</translation>
    </message>
    <message>
        <source>Reading the container…</source>
        <translation>Lendo o contêiner…</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sem conexão com um motor.</translation>
    </message>
    <message>
        <source>Change %1 in place, without restarting it. The changes last until the container is removed.</source>
        <translation>Alterar %1 no lugar, sem reiniciá-lo. As alterações valem até o contêiner ser removido.</translation>
    </message>
    <message>
        <source>This container is removed when it exits (--rm): it cannot have a restart policy.</source>
        <translation>Este contêiner é removido quando termina (--rm): não pode ter uma política de reinício.</translation>
    </message>
    <message>
        <source>Swap stays unlimited.</source>
        <translation>O swap continua ilimitado.</translation>
    </message>
    <message>
        <source>No swap, as before.</source>
        <translation>Sem swap, como antes.</translation>
    </message>
    <message>
        <source>Memory and swap together: %1.</source>
        <translation>Memória e swap juntos: %1.</translation>
    </message>
    <message>
        <source>Changing %1…</source>
        <translation>Alterando %1…</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Alterado.</translation>
    </message>
    <message>
        <source>Changed. The engine warns: %1</source>
        <translation>Alterado. O motor avisa: %1</translation>
    </message>
</context>
<context>
    <name>VolumesApi</name>
    <message>
        <source>The engine&apos;s volume list is not an object.</source>
        <translation>A lista de volumes do motor não é um objeto.</translation>
    </message>
    <message>
        <source>The engine&apos;s description of the volume is not an object.</source>
        <translation>A descrição do volume dada pelo motor não é um objeto.</translation>
    </message>
    <message>
        <source>The engine&apos;s container list is not a list.</source>
        <translation>A lista de contêineres do motor não é uma lista.</translation>
    </message>
    <message>
        <source>The volume %1 no longer exists: it was removed meanwhile.</source>
        <translation>O volume %1 não existe mais: foi removido nesse meio-tempo.</translation>
    </message>
    <message>
        <source>The volume %1 is in use by a container. Remove the containers that use it first (forcing does not help: the engine never removes a volume a container uses).</source>
        <translation>O volume %1 está em uso por um contêiner. Remova primeiro os contêineres que o usam (forçar não adianta: o motor nunca remove um volume que um contêiner usa).</translation>
    </message>
    <message>
        <source>A volume named %1 exists already with other settings: choose another name.</source>
        <translation>Já existe um volume chamado %1 com outras configurações: escolha outro nome.</translation>
    </message>
    <message>
        <source>The engine could not create the volume %1: %2</source>
        <translation>O motor não conseguiu criar o volume %1: %2</translation>
    </message>
    <message>
        <source>The engine could not remove the volume %1: %2</source>
        <translation>O motor não conseguiu remover o volume %1: %2</translation>
    </message>
    <message>
        <source>The engine is already pruning: another prune is running, and it did not finish in the two minutes this one waited. Try again when it has finished.</source>
        <translation>O motor já está limpando: outra limpeza está em andamento e não terminou nos dois minutos que esta esperou. Tente de novo quando ela terminar.</translation>
    </message>
</context>
<context>
    <name>VolumesModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Sem uso</translation>
    </message>
    <message>
        <source>The engine could not measure the volumes: %1</source>
        <translation>O motor não conseguiu medir os volumes: %1</translation>
    </message>
    <message>
        <source>The engine is measuring the volumes&apos; files; the list does not wait for it.</source>
        <translation>O motor está medindo os arquivos dos volumes; a lista não espera por isso.</translation>
    </message>
    <message>
        <source>The volume&apos;s driver does not report a size.</source>
        <translation>O driver do volume não informa um tamanho.</translation>
    </message>
    <message>
        <source>No container mounts this volume.</source>
        <translation>Nenhum contêiner monta este volume.</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) em %3</translation>
    </message>
    <message>
        <source>%1
Anonymous volume (made for a container&apos;s -v without a name)</source>
        <translation>%1
Volume anônimo (criado para um -v de contêiner sem nome)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>Ponto de montagem</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>VolumesPage</name>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Volume actions</source>
        <translation>Ações de volume</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Criar…</translation>
    </message>
    <message>
        <source>Create a volume (docker volume create)</source>
        <translation>Criar um volume (docker volume create)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the selected volume, after naming what uses it (Delete)</source>
        <translation>Remover o volume selecionado, após dizer o que o usa (Delete)</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Limpar…</translation>
    </message>
    <message>
        <source>Remove unused volumes, after a preview of what goes</source>
        <translation>Remover volumes sem uso, após uma prévia do que sai</translation>
    </message>
    <message>
        <source>Filter by name, driver, label or container</source>
        <translation>Filtrar por nome, driver, label ou contêiner</translation>
    </message>
    <message>
        <source>Filter volumes</source>
        <translation>Filtrar volumes</translation>
    </message>
    <message>
        <source>Number of volumes</source>
        <translation>Número de volumes</translation>
    </message>
    <message>
        <source>Volume list</source>
        <translation>Lista de volumes</translation>
    </message>
    <message>
        <source>Containers that use the volume</source>
        <translation>Contêineres que usam o volume</translation>
    </message>
    <message>
        <source>Volume details (docker volume inspect)</source>
        <translation>Detalhes do volume (docker volume inspect)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n volume(s)</source>
        <translation>
            <numerusform>%1 de %n volume</numerusform>
            <numerusform>%1 de %n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a volume to see what uses it and its details.</source>
        <translation>Selecione um volume para ver o que o usa e seus detalhes.</translation>
    </message>
    <message>
        <source>%1 (%2, at %3)</source>
        <translation>%1 (%2, em %3)</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Usado por:</translation>
    </message>
    <message>
        <source>No container uses this volume.</source>
        <translation>Nenhum contêiner usa este volume.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Docker and Podman images and containers.</source>
        <translation>Gerencie imagens e contêineres Docker e Podman.</translation>
    </message>
    <message>
        <source>The docker context to use (see &quot;docker context ls&quot;).</source>
        <translation>O contexto docker a usar (veja &quot;docker context ls&quot;).</translation>
    </message>
    <message>
        <source>Engine address, as DOCKER_HOST (unix:///path, tcp://host:port, ssh://user@host).</source>
        <translation>Endereço do motor, como DOCKER_HOST (unix:///caminho, tcp://host:porta, ssh://usuario@host).</translation>
    </message>
</context>
</TS>
