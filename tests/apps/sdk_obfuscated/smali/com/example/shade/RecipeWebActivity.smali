.class public Lcom/example/shade/RecipeWebActivity;
.super Landroid/app/Activity;
.source "SourceFile"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, La/b/b;
    invoke-direct {v0, p0}, La/b/b;-><init>(Landroid/content/Context;)V
    const-string v1, "https://m.shade.example.com/recipes"
    invoke-virtual {v0, v1}, La/b/b;->a(Ljava/lang/String;)V
    return-void
.end method
