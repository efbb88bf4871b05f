.class public Lcom/example/shade/VoiceLogActivity;
.super Landroid/app/Activity;
.source "SourceFile"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public a()V
    .registers 2
    const/4 v0, 0x0
    invoke-static {p0, v0}, La/d/b;->a(Landroid/content/Context;La/d/c;)La/d/b;
    return-void
.end method
