.class public final Lb/c;
.super Ljava/lang/Object;
.source "SourceFile"
.field private final a:Landroid/content/Context;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public a(Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lb/c;->a:Landroid/content/Context;
    const-string v1, "meal_add"
    invoke-static {v0, v1}, La/h/a;->a(Landroid/content/Context;Ljava/lang/String;)V
    return-void
.end method
