.class public Lcom/example/shade/LoginActivity;
.super Landroid/app/Activity;
.source "SourceFile"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public a()V
    .registers 4
    const-string v0, "102034567"
    const-string v1, "com.example.shade.fileprovider"
    invoke-static {v0, p0, v1}, La/c/a;->a(Ljava/lang/String;Landroid/content/Context;Ljava/lang/String;)La/c/a;
    move-result-object v0
    const-string v1, "all"
    const/4 v2, 0x0
    invoke-virtual {v0, p0, v1, v2}, La/c/a;->a(Landroid/app/Activity;Ljava/lang/String;La/c/b;)I
    return-void
.end method
