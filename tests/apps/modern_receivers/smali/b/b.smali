.class public final synthetic Lb/b;
.super Ljava/lang/Object;
.source "SourceFile"

# interfaces
.implements Ljava/lang/Runnable;


# instance fields
.field public final synthetic $r8$classId:I

.field public final synthetic a:Ljava/lang/Object;

.field public final synthetic b:Ljava/lang/Object;


# direct methods
.method public synthetic constructor <init>(ILjava/lang/Object;Ljava/lang/Object;)V
    .registers 4

    iput p1, p0, Lb/b;->$r8$classId:I

    iput-object p2, p0, Lb/b;->a:Ljava/lang/Object;

    iput-object p3, p0, Lb/b;->b:Ljava/lang/Object;

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public final run()V
    .registers 3

    iget v0, p0, Lb/b;->$r8$classId:I

    packed-switch v0, :pswitch_data_1c

    iget-object v0, p0, Lb/b;->a:Ljava/lang/Object;

    check-cast v0, Lcom/example/modern/ui/MainActivity;

    invoke-virtual {v0}, Lcom/example/modern/ui/MainActivity;->a()V

    return-void

    :pswitch_e
    iget-object v0, p0, Lb/b;->a:Ljava/lang/Object;

    check-cast v0, Landroid/widget/TextView;

    iget-object v1, p0, Lb/b;->b:Ljava/lang/Object;

    check-cast v1, Ljava/lang/String;

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    return-void

    :pswitch_data_1c
    .packed-switch 0x1
        :pswitch_e
    .end packed-switch
.end method
