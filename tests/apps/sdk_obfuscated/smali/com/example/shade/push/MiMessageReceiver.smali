.class public Lcom/example/shade/push/MiMessageReceiver;
.super La/g/b;
.source "SourceFile"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, La/g/b;-><init>()V
    return-void
.end method
.method public a(Landroid/content/Context;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
