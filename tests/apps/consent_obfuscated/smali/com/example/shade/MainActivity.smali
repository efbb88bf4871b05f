.class public Lcom/example/shade/MainActivity;
.super Landroid/app/Activity;
.source "SourceFile"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate(Landroid/os/Bundle;)V
    .registers 4

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance p1, Landroid/widget/GridView;

    invoke-direct {p1, p0}, Landroid/widget/GridView;-><init>(Landroid/content/Context;)V

    const/4 v0, 0x3

    invoke-virtual {p1, v0}, Landroid/widget/GridView;->setNumColumns(I)V

    invoke-virtual {p0, p1}, Landroid/app/Activity;->setContentView(Landroid/view/View;)V

    return-void
.end method
